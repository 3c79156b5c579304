#include "ProfileStore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUuid>

namespace {

const QString kArray = QStringLiteral("profiles");

ConnectionProfile defaultSandbox()
{
    ConnectionProfile sandbox;
    sandbox.id = ProfileStore::sandboxId();
    sandbox.name = ProfileStore::tr("Sandbox");
    sandbox.reader = ConnectionProfile::ReaderKind::OpenCloud;
    return sandbox;
}

} // namespace

ProfileStore::ProfileStore(QObject *parent) : QObject(parent)
{
    load();
}

void ProfileStore::load()
{
    QSettings settings;
    const int count = settings.beginReadArray(kArray);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile profile;
        profile.id = settings.value(QStringLiteral("id")).toString();
        if (profile.id.isEmpty() || indexOf(profile.id) >= 0)
            continue;
        profile.name = settings.value(QStringLiteral("name")).toString();
        profile.groupId = settings.value(QStringLiteral("groupId")).toLongLong();
        profile.reader = settings.value(QStringLiteral("reader")).toString() == u"public" ? ConnectionProfile::ReaderKind::Public
                                                                                           : ConnectionProfile::ReaderKind::OpenCloud;
        profile.writer = ConnectionProfile::writerKindFromName(settings.value(QStringLiteral("writer")).toString())
                             .value_or(ConnectionProfile::WriterKind::OpenCloud);
        for (auto [key, url] : {std::pair{"cloudUrl", &profile.cloudBaseUrl}, std::pair{"groupsUrl", &profile.groupsBaseUrl},
                                std::pair{"usersUrl", &profile.usersBaseUrl}, std::pair{"writerUrl", &profile.writerBaseUrl}}) {
            const QString stored = settings.value(QLatin1String(key)).toString();
            if (!stored.isEmpty() || url == &profile.writerBaseUrl)
                *url = QUrl(stored);
        }
        profile.composeDemote = settings.value(QStringLiteral("composeDemote")).toBool();
        profile.hyraWorkspaceId = settings.value(QStringLiteral("hyraWorkspace")).toString();
        if (profile.name.isEmpty())
            profile.name = tr("Group %1").arg(profile.groupId);
        m_profiles.append(profile);
    }
    settings.endArray();
    if (indexOf(sandboxId()) < 0)
        m_profiles.prepend(defaultSandbox());
}

void ProfileStore::save() const
{
    QSettings settings;
    settings.remove(kArray);
    settings.beginWriteArray(kArray, int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const ConnectionProfile &profile = m_profiles.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("id"), profile.id);
        settings.setValue(QStringLiteral("name"), profile.name);
        settings.setValue(QStringLiteral("writer"), profile.writerName());
        settings.setValue(QStringLiteral("composeDemote"), profile.composeDemote);
        if (profile.id == sandboxId())
            continue; // its group and addresses belong to the running simulator
        settings.setValue(QStringLiteral("groupId"), profile.groupId);
        settings.setValue(QStringLiteral("reader"), profile.readerName());
        settings.setValue(QStringLiteral("cloudUrl"), profile.cloudBaseUrl.toString());
        settings.setValue(QStringLiteral("groupsUrl"), profile.groupsBaseUrl.toString());
        settings.setValue(QStringLiteral("usersUrl"), profile.usersBaseUrl.toString());
        settings.setValue(QStringLiteral("writerUrl"), profile.writerBaseUrl.toString());
        settings.setValue(QStringLiteral("hyraWorkspace"), profile.hyraWorkspaceId);
    }
    settings.endArray();
}

ConnectionProfile ProfileStore::withSandboxRuntime(ConnectionProfile profile) const
{
    if (profile.id != sandboxId() || !m_sandboxRuntime)
        return profile;
    profile.groupId = m_sandboxRuntime->groupId;
    profile.reader = ConnectionProfile::ReaderKind::OpenCloud;
    profile.setAllBaseUrls(m_sandboxRuntime->cloudBaseUrl);
    profile.rateScale = m_sandboxRuntime->rateScale;
    profile.hyraWorkspaceId = m_sandboxRuntime->hyraWorkspaceId;
    // The simulator serves each ranking service under a path prefix of its own address.
    profile.writerBaseUrl = QUrl();
    if (profile.writer != ConnectionProfile::WriterKind::OpenCloud) {
        QUrl url = m_sandboxRuntime->cloudBaseUrl;
        url.setPath(ConnectionProfile::simulatorPrefix(profile.writer));
        profile.writerBaseUrl = url;
    }
    return profile;
}

void ProfileStore::setSandbox(const ConnectionProfile &runtime)
{
    m_sandboxRuntime = runtime;
    const int index = indexOf(sandboxId());
    m_profiles[index] = withSandboxRuntime(m_profiles.at(index));
    emit changed();
}

std::optional<ConnectionProfile> ProfileStore::find(const QString &id) const
{
    const int index = indexOf(id);
    if (index < 0)
        return std::nullopt;
    return m_profiles.at(index);
}

int ProfileStore::indexOf(const QString &id) const
{
    for (int i = 0; i < m_profiles.size(); ++i)
        if (m_profiles.at(i).id == id)
            return i;
    return -1;
}

QString ProfileStore::uniqueName(const QString &wanted, const QString &exceptId) const
{
    const QString base = wanted.trimmed().isEmpty() ? tr("New profile") : wanted.trimmed();
    auto taken = [this, &exceptId](const QString &name) {
        for (const ConnectionProfile &profile : m_profiles)
            if (profile.id != exceptId && profile.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

ConnectionProfile ProfileStore::add(ConnectionProfile profile)
{
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = uniqueName(profile.name);
    m_profiles.append(profile);
    save();
    emit changed();
    return profile;
}

std::optional<ConnectionProfile> ProfileStore::duplicate(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return std::nullopt;
    ConnectionProfile copy = m_profiles.at(index);
    copy.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (id == sandboxId()) {
        // A copy of the Sandbox is an ordinary profile: it keeps this session's addresses, which
        // the user may point at a simulator of their own.
        copy.rateScale = 1.0;
    }
    copy.name = uniqueName(tr("%1 (copy)").arg(m_profiles.at(index).name));
    m_profiles.insert(index + 1, copy);
    save();
    emit changed();
    return copy;
}

bool ProfileStore::update(const ConnectionProfile &profile)
{
    const int index = indexOf(profile.id);
    if (index < 0)
        return false;
    ConnectionProfile stored = withSandboxRuntime(profile);
    stored.name = uniqueName(profile.name, profile.id);
    m_profiles[index] = stored;
    save();
    emit changed();
    return true;
}

bool ProfileStore::remove(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0 || id == sandboxId())
        return false;
    if (lastOpened() == id)
        setLastOpened(sandboxId());
    m_profiles.removeAt(index);
    save();
    emit changed();
    return true;
}

void ProfileStore::move(const QString &id, int index)
{
    const int from = indexOf(id);
    if (from < 0)
        return;
    const int to = std::clamp(index, 0, int(m_profiles.size()) - 1);
    if (from == to)
        return;
    m_profiles.move(from, to);
    save();
    emit changed();
}

QString ProfileStore::lastOpened() const
{
    const QString id = QSettings().value(QStringLiteral("profilesLastOpened")).toString();
    return indexOf(id) >= 0 ? id : QString();
}

void ProfileStore::setLastOpened(const QString &id)
{
    QSettings().setValue(QStringLiteral("profilesLastOpened"), id);
}
