#include "HyraWriter.h"

#include "Async.h"
#include "Endpoint.h"
#include "WriterCatalog.h"
#include "HttpErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

HyraWriter::HyraWriter(HttpTransport *transport, QUrl baseUrl, QString apiKey, QObject *parent)
    : QObject(parent), m_transport(transport), m_base(std::move(baseUrl)), m_apiKey(std::move(apiKey))
{
}

WriterCapabilities HyraWriter::capabilities() const
{
    return writerCapabilities(ConnectionProfile::WriterKind::Hyra, false);
}

ApiError HyraWriter::mapError(const HttpResponse &response)
{
    ApiError error = HttpErrors::base(response);
    if (HttpErrors::isComplete(response))
        return error;
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    if (body.value(QStringLiteral("error")).isObject()) {
        const QJsonObject inner = body.value(QStringLiteral("error")).toObject();
        error.providerCode = inner.value(QStringLiteral("code")).toString();
        error.message = inner.value(QStringLiteral("message")).toString();
    } else {
        error.providerCode = body.value(QStringLiteral("error")).toString();
        error.message = body.value(QStringLiteral("message")).toString();
    }
    if (error.message.isEmpty())
        error.message = ApiError::tr("Hyra answered HTTP %1 without an error description.").arg(response.status);
    if (response.status == 404 && error.providerCode == u"not_found")
        error.hint = ApiError::tr("Hyra does not know this user in the workspace's group: check that they are a member.");
    else if (response.status == 401)
        error.hint = ApiError::tr("Check the Hyra key (Workspace Settings → Developer API).");
    return error;
}

QFuture<Result<WriteReceipt>> HyraWriter::setRole(qint64 userId, const Role &, const Role &target, const QString &)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("userId"), QString::number(userId));
    const HttpRequest request{"PATCH", endpointUrl(m_base, QStringLiteral("/v2/group/rank"), query),
                              {{"Authorization", "Bearer " + m_apiKey.toUtf8()}},
                              QJsonDocument(QJsonObject{{QStringLiteral("rank"), target.rank}}).toJson(QJsonDocument::Compact), "write"};
    return m_transport->send(request).then(this, [target](const HttpResponse &response) -> Result<WriteReceipt> {
        if (!response.isSuccess())
            return mapError(response);
        if (!QJsonDocument::fromJson(response.body).object().value(QStringLiteral("success")).toBool())
            return ApiError::local(ApiError::Kind::Internal, QStringLiteral("rankdesk.unexpected"),
                                   ApiError::tr("Hyra answered without confirming success."));
        WriteReceipt receipt;
        receipt.newRank = target.rank;
        receipt.newRoleName = target.name;
        return receipt;
    });
}

QFuture<Result<QString>> HyraWriter::checkAccess()
{
    // Hyra's only documented read is a workspace's roles; without the workspace id there is none.
    if (m_workspaceId.isEmpty())
        return Async::ready(Result<QString>(ApiError::local(
            ApiError::Kind::Invalid, QStringLiteral("rankdesk.no-check"),
            tr("Hyra can only test a key through its workspace: enter the workspace ID in the profile. Otherwise the first rank change will tell."))));
    const QString path = QStringLiteral("/workspace/%1/roles").arg(QString::fromLatin1(QUrl::toPercentEncoding(m_workspaceId)));
    const HttpRequest request{"GET", endpointUrl(m_base, path, {}), {{"Authorization", "Bearer " + m_apiKey.toUtf8()}}, {}, "write"};
    return m_transport->send(request).then(this, [workspace = m_workspaceId](const HttpResponse &response) -> Result<QString> {
        if (!response.isSuccess())
            return mapError(response);
        const int linked = int(QJsonDocument::fromJson(response.body).object().value(QStringLiteral("group_roles")).toArray().size());
        return tr("Workspace %1 answers; %n group role(s) linked.", nullptr, linked).arg(workspace);
    });
}
