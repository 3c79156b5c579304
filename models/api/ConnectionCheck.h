#pragma once

#include "Connection.h"
#include "OpenCloudBackend.h"

#include <QObject>

// "Test connection": for the keys of a profile, is the key accepted, can it read the group, may it
// change ranks? Open Cloud keys answer through the key introspection endpoint; hosted writers
// through their harmless check call. Each check reports its own result.
class ConnectionCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionCheck)

public:
    struct Result
    {
        QString name;   // "Key accepted", "Reads the group", "May change ranks"
        bool ok = false;
        QString detail; // what was found, or the provider's message and what to do
    };

    explicit ConnectionCheck(Connection *connection, QObject *parent = nullptr);
    void start();

signals:
    void finished(const QList<ConnectionCheck::Result> &results);

private:
    void readGroup();
    void checkWriter();
    void add(const QString &name, bool ok, const QString &detail);

    Connection *m_connection;
    QList<Result> m_results;
    std::optional<OpenCloudBackend::KeyInfo> m_key;
};
