#pragma once

#include "domain/Result.h"

#include <QFuture>
#include <QHash>
#include <QObject>

// Where Rankdesk keeps secrets (the PostgreSQL password; API keys next): the system keychain, or
// memory for this session only. Never settings, the database or a file.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    // std::nullopt when nothing is stored under the name.
    virtual QFuture<Result<std::optional<QString>>> read(const QString &name) = 0;
    virtual QFuture<Result<Unit>> write(const QString &name, const QString &secret) = 0;
    virtual QFuture<Result<Unit>> remove(const QString &name) = 0;
    // What the user is told the secret is kept in ("the system keychain", "memory, for this session").
    virtual QString whereText() const = 0;
};

// Secrets held for the running session only (no keychain, tests).
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    QFuture<Result<std::optional<QString>>> read(const QString &name) override;
    QFuture<Result<Unit>> write(const QString &name, const QString &secret) override;
    QFuture<Result<Unit>> remove(const QString &name) override;
    QString whereText() const override;

private:
    QHash<QString, QString> m_secrets;
};

// The system keychain through QtKeychain (Secret Service on Linux). Each job gets a time limit: an
// unlock prompt left open must not hang Rankdesk. A machine without a keychain answers with an
// Unavailable error that says so; nothing falls back to plaintext.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Rankdesk"), QObject *parent = nullptr);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    QFuture<Result<std::optional<QString>>> read(const QString &name) override;
    QFuture<Result<Unit>> write(const QString &name, const QString &secret) override;
    QFuture<Result<Unit>> remove(const QString &name) override;
    QString whereText() const override;

private:
    QString m_service;
    int m_timeoutMs = 5000;
};
