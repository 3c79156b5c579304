#pragma once

#include "GroupReader.h"
#include "HttpTransport.h"

#include <QObject>

// Hyra (api.hyra.io): set-rank only, PATCH /v2/group/rank?userId=U {"rank":N} with the workspace key
// in Authorization. Its promote route is documented as inactive and is never called: promote and
// demote are composed from a read and the shared rank rules.
class HyraWriter final : public QObject, public RankWriter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HyraWriter)

public:
    HyraWriter(HttpTransport *transport, QUrl baseUrl, QString apiKey, QObject *parent = nullptr);
    // The workspace the key belongs to: Hyra's one harmless read (its roles) needs it.
    void setWorkspaceId(const QString &workspaceId) { m_workspaceId = workspaceId; }

    QString backendName() const override { return QStringLiteral("hyra"); }
    QString displayName() const override { return QStringLiteral("Hyra"); }
    WriterCapabilities capabilities() const override;
    QFuture<Result<WriteReceipt>> setRole(qint64 userId, const Role &current, const Role &target,
                                          const QString &reason) override;
    QFuture<Result<QString>> checkAccess() override;

    // Both documented error shapes: {"type":"error","error":{code,message}} and
    // {"statusCode","error","message"}.
    static ApiError mapError(const HttpResponse &response);

private:
    HttpTransport *m_transport;
    QUrl m_base;
    QString m_apiKey;
    QString m_workspaceId;
};
