#pragma once

#include "domain/ConnectionProfile.h"

#include <QList>
#include <QObject>

#include <optional>

// The user's connection profiles, in the user's order, kept in the settings (QSettings). Holds no
// key: those live in ProfileKeys. The Sandbox is always one of them: it cannot be removed, and its
// group and addresses come from the simulator started for this session (setSandbox()).
//
// Usage:
//   ProfileStore profiles;                 // loads what the settings hold
//   profiles.setSandbox(sandboxProfile);   // the running simulator's group and base URL
//   ConnectionProfile added = profiles.add(profile);   // gets its id
//   profiles.move(added.id, 0);
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    static QString sandboxId() { return QStringLiteral("sandbox"); }

    explicit ProfileStore(QObject *parent = nullptr);

    void setSandbox(const ConnectionProfile &runtime);
    bool hasRunningSandbox() const { return m_sandboxRuntime.has_value(); }

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    std::optional<ConnectionProfile> find(const QString &id) const;
    int indexOf(const QString &id) const;

    // A new profile (a fresh id; the name made unique). Returns it as stored.
    ConnectionProfile add(ConnectionProfile profile);
    // A copy named "… (copy)" right after the original; std::nullopt for an unknown id.
    std::optional<ConnectionProfile> duplicate(const QString &id);
    // Replaces the stored profile with the same id. The Sandbox keeps its group and addresses.
    bool update(const ConnectionProfile &profile);
    // False for the Sandbox and unknown ids.
    bool remove(const QString &id);
    void move(const QString &id, int index);

    // The profile opened last (restored at start-up); empty when none.
    QString lastOpened() const;
    void setLastOpened(const QString &id);

signals:
    void changed();

private:
    void load();
    void save() const;
    QString uniqueName(const QString &wanted, const QString &exceptId = {}) const;
    ConnectionProfile withSandboxRuntime(ConnectionProfile profile) const;

    QList<ConnectionProfile> m_profiles;
    std::optional<ConnectionProfile> m_sandboxRuntime;
};
