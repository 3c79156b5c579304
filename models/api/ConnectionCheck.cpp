#include "ConnectionCheck.h"


ConnectionCheck::ConnectionCheck(Connection *connection, QObject *parent) : QObject(parent), m_connection(connection) { }

void ConnectionCheck::add(const QString &name, bool ok, const QString &detail)
{
    m_results.append({name, ok, detail});
}

void ConnectionCheck::start()
{
    m_results.clear();
    m_key.reset();
    const ConnectionProfile &profile = m_connection->profile();
    const bool usesCloudKey = profile.reader == ConnectionProfile::ReaderKind::OpenCloud
        || profile.writer == ConnectionProfile::WriterKind::OpenCloud;
    if (!usesCloudKey) {
        readGroup();
        return;
    }
    m_connection->openCloud()->introspectKey().then(this, [this](const ::Result<OpenCloudBackend::KeyInfo> &info) {
        if (!info) {
            add(tr("Key accepted"), false, info.error().userText());
        } else if (info.value().expired) {
            add(tr("Key accepted"), false, tr("The key has expired. Create a new one on the Creator Dashboard."));
        } else if (!info.value().enabled) {
            add(tr("Key accepted"), false, tr("The key is disabled. Enable it on the Creator Dashboard."));
        } else {
            m_key = info.value();
            add(tr("Key accepted"), true, info.value().name.isEmpty() ? tr("Yes.") : tr("Yes: \"%1\".").arg(info.value().name));
        }
        readGroup();
    });
}

void ConnectionCheck::readGroup()
{
    m_connection->reader()->group().then(this, [this](const ::Result<GroupInfo> &group) {
        if (group)
            add(tr("Reads the group"), true, tr("%1 (%2), %Ln member(s).", nullptr, int(group.value().memberCount))
                                                 .arg(group.value().name).arg(group.value().id));
        else
            add(tr("Reads the group"), false, group.error().userText());
        checkWriter();
    });
}

void ConnectionCheck::checkWriter()
{
    const ConnectionProfile &profile = m_connection->profile();
    if (profile.writer == ConnectionProfile::WriterKind::OpenCloud) {
        if (!m_key)
            add(tr("May change ranks"), false, tr("Unknown: the key was not accepted."));
        else if (m_key->writesGroup)
            add(tr("May change ranks"), true, tr("The key has the group:write scope for this group."));
        else
            add(tr("May change ranks"), false, tr("The key lacks the group:write scope for this group; it can only read. "
                                                  "Add the scope on the Creator Dashboard."));
        emit finished(m_results);
        return;
    }
    m_connection->writer()->checkAccess().then(this, [this](const ::Result<QString> &reached) {
        if (reached)
            add(tr("May change ranks"), true, reached.value());
        else
            add(tr("May change ranks"), false, reached.error().userText());
        emit finished(m_results);
    });
}
