#pragma once

#include "domain/ApiError.h"
#include "domain/Roster.h"

#include <QObject>

class GroupReader;

// Reads a group's roles and then every member page, reporting progress. A new start() or cancel()
// makes answers of the previous run be ignored (generation counter).
class RosterLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RosterLoader)

public:
    explicit RosterLoader(GroupReader *reader, QObject *parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void rolesLoaded(const QList<Role> &roles);
    void progress(qint64 loaded, qint64 expected);
    void finished(const QList<Member> &members);
    void failed(const ApiError &error);

private:
    void fetchPage(const QString &token, quint64 generation);

    GroupReader *m_reader;
    quint64 m_generation = 0;
    bool m_running = false;
    qint64 m_expected = 0;
    QList<Member> m_members;
};
