#pragma once

#include "GroupReader.h"
#include "HttpTransport.h"

#include <QObject>

// Series.hr (api.series.hr): native promote, demote and set-rank under /ranking, key in the apikey
// header, the reason sent as {"comment"}. Steps follow the roles configured in the Series workspace,
// capped by its Max Promotion Rank; the answer reports the actual previous and new rank.
class SeriesWriter final : public QObject, public RankWriter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeriesWriter)

public:
    SeriesWriter(HttpTransport *transport, QUrl baseUrl, QString apiKey, QObject *parent = nullptr);

    QString backendName() const override { return QStringLiteral("series"); }
    QString displayName() const override { return QStringLiteral("Series.hr"); }
    WriterCapabilities capabilities() const override;
    QFuture<Result<WriteReceipt>> setRole(qint64 userId, const Role &current, const Role &target,
                                          const QString &reason) override;
    QFuture<Result<WriteReceipt>> step(qint64 userId, bool up, const QString &reason) override;
    // GET /basic/check-key/{key}: valid and active, or a clear Auth error.
    QFuture<Result<QString>> checkAccess() override;

    // Every documented message maps to its own code, kind and advice.
    static ApiError mapError(const HttpResponse &response);

private:
    QFuture<Result<WriteReceipt>> rank(const QString &path, const QString &reason);

    HttpTransport *m_transport;
    QUrl m_base;
    QString m_apiKey;
};
