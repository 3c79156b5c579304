#pragma once

#include "GroupReader.h"
#include "domain/ConnectionProfile.h"

#include <QObject>

class HttpTransport;
class OpenCloudBackend;
class PublicReader;
class QNetworkAccessManager;
class UserDirectory;

// The object graph for one profile: transport over the shared QNetworkAccessManager, the user
// directory, the chosen reader and writer. The key is held in memory by the backends only.
class Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)

public:
    // apiKey: the Open Cloud key (reader, and writer when the writer is Open Cloud);
    // writerKey: the hosted service's key when the writer is Hyra, Series.hr or WESK.
    Connection(const ConnectionProfile &profile, const QString &apiKey, QNetworkAccessManager *nam,
               QObject *parent = nullptr, const QString &writerKey = {});
    ~Connection() override;

    const ConnectionProfile &profile() const { return m_profile; }
    HttpTransport *transport() const { return m_transport; }
    UserDirectory *users() const { return m_users; }
    GroupReader *reader() const { return m_reader; }
    RankWriter *writer() const { return m_writer; }
    // The group's audit log through the Open Cloud key; nullptr without one.
    class AuditLogReader *auditLog() const { return m_auditLog; }
    OpenCloudBackend *openCloud() const { return m_openCloud; }
    // The writing key's owner's rank in the group, once a run has asked (Open Cloud introspection);
    // changes are refused at or above it. 0 while unknown.
    int keyOwnerRank() const { return m_keyOwnerRank; }
    void setKeyOwnerRank(int rank) { m_keyOwnerRank = rank; }

private:
    ConnectionProfile m_profile;
    HttpTransport *m_transport;
    UserDirectory *m_users;
    OpenCloudBackend *m_openCloud;
    PublicReader *m_public = nullptr;
    GroupReader *m_reader;
    RankWriter *m_writer;
    class AuditLogReader *m_auditLog = nullptr;
    int m_keyOwnerRank = 0;
};
