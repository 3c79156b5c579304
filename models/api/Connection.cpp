#include "Connection.h"

#include "AuditLogReader.h"
#include "HttpTransport.h"
#include "HyraWriter.h"
#include "OpenCloudBackend.h"
#include "SeriesWriter.h"
#include "WeskWriter.h"
#include "domain/Logging.h"
#include "PublicReader.h"
#include "UserDirectory.h"

Connection::Connection(const ConnectionProfile &profile, const QString &apiKey, QNetworkAccessManager *nam,
                       QObject *parent, const QString &writerKey)
    : QObject(parent), m_profile(profile), m_transport(new HttpTransport(nam, this)),
      m_users(new UserDirectory(m_transport, profile.usersBaseUrl, this)),
      m_openCloud(new OpenCloudBackend(m_transport, m_users, profile.cloudBaseUrl, profile.groupId, apiKey, this))
{
    // One budget per direction for everything this connection (one key owner) sends; a hair under the
    // documented limit so an edge-of-window request never earns a 429.
    m_transport->setBudget("read", int(profile.readsPerMinute() * 0.99));
    m_transport->setBudget("write", int(profile.writesPerMinute() * 0.99));
    // The legacy-groups audit log: 100 requests a minute per key owner.
    m_transport->setBudget("audit", int(100 * std::max(profile.rateScale, 0.01) * 0.99));
    // Whatever else goes wrong, these never reach the log.
    Logging::addSecret(apiKey);
    Logging::addSecret(writerKey);
    if (!apiKey.isEmpty())
        m_auditLog = new AuditLogReader(m_transport, profile.cloudBaseUrl, apiKey, profile.groupId, this);
    if (profile.reader == ConnectionProfile::ReaderKind::Public) {
        m_public = new PublicReader(m_transport, m_users, profile.groupsBaseUrl, profile.groupId, this);
        m_reader = m_public;
    } else {
        m_reader = m_openCloud;
    }
    const QUrl writerUrl = profile.effectiveWriterUrl();
    switch (profile.writer) {
    case ConnectionProfile::WriterKind::OpenCloud:
        m_writer = m_openCloud;
        break;
    case ConnectionProfile::WriterKind::Hyra:
    {
        auto *hyra = new HyraWriter(m_transport, writerUrl, writerKey, this);
        hyra->setWorkspaceId(profile.hyraWorkspaceId);
        m_writer = hyra;
        break;
    }
    case ConnectionProfile::WriterKind::Series:
        m_writer = new SeriesWriter(m_transport, writerUrl, writerKey, this);
        break;
    case ConnectionProfile::WriterKind::Wesk:
        m_writer = new WeskWriter(m_transport, writerUrl, writerKey, profile.groupId, profile.composeDemote, this);
        break;
    }
}

Connection::~Connection() = default;
