#pragma once

#include "GroupReader.h"
#include "HttpTransport.h"

#include <QObject>

// WESK RankBot, API reference snapshot A (api.wesk.dev/v1, Authorization: Bearer key, JSON bodies
// with groupId, userId, action). Promote natively; demote natively on Pro/Max plans, or composed
// through setRank when the profile asks for it (Starter plans). Reads X-RateLimit-Remaining/Reset:
// the monthly quota. Paths the reference does not give are chosen here and nowhere else.
class WeskWriter final : public QObject, public RankWriter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeskWriter)

public:
    // Chosen paths for operations the reference names without a URL.
    static inline const QString GroupInfoPath = QStringLiteral("/group/%1");
    static inline const QString GroupRolesPath = QStringLiteral("/group/%1/roles");

    WeskWriter(HttpTransport *transport, QUrl baseUrl, QString apiKey, qint64 groupId, bool composeDemote,
               QObject *parent = nullptr);

    QString backendName() const override { return QStringLiteral("wesk"); }
    QString displayName() const override { return QStringLiteral("WESK RankBot"); }
    WriterCapabilities capabilities() const override;
    QFuture<Result<WriteReceipt>> setRole(qint64 userId, const Role &current, const Role &target,
                                          const QString &reason) override;
    QFuture<Result<WriteReceipt>> step(qint64 userId, bool up, const QString &reason) override;
    QFuture<Result<QString>> checkAccess() override;

    static ApiError mapError(const HttpResponse &response);
    static QString quotaText(const HttpResponse &response);

signals:
    void quotaChanged(const QString &text);

private:
    QFuture<Result<WriteReceipt>> post(const QString &path, const QJsonObject &body);

    HttpTransport *m_transport;
    QUrl m_base;
    QString m_apiKey;
    qint64 m_groupId;
    bool m_composeDemote;
};
