#include "Connection.h"

#include "HttpTransport.h"
#include "OpenCloudBackend.h"
#include "PublicReader.h"
#include "UserDirectory.h"

Connection::Connection(const ConnectionProfile &profile, const QString &apiKey, QNetworkAccessManager *nam,
                       QObject *parent)
    : QObject(parent), m_profile(profile), m_transport(new HttpTransport(nam, this)),
      m_users(new UserDirectory(m_transport, profile.usersBaseUrl, this)),
      m_openCloud(new OpenCloudBackend(m_transport, m_users, profile.cloudBaseUrl, profile.groupId, apiKey, this))
{
    if (profile.reader == ConnectionProfile::ReaderKind::Public) {
        m_public = new PublicReader(m_transport, m_users, profile.groupsBaseUrl, profile.groupId, this);
        m_reader = m_public;
    } else {
        m_reader = m_openCloud;
    }
    m_writer = m_openCloud;
}

Connection::~Connection() = default;
