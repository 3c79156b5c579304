#include "Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

#include <cstdio>

Q_LOGGING_CATEGORY(lcHttp, "rankdesk.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "rankdesk.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBatch, "rankdesk.batch", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "rankdesk.app", QtInfoMsg)

namespace Logging {

namespace {

struct State
{
    QMutex mutex;
    QFile file;
    QString directory;
    bool echo = true;
    QSet<QString> secrets;
    QtMessageHandler previous = nullptr;
};

State &state()
{
    static State s;
    return s;
}

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return QStringLiteral("debug");
    case QtInfoMsg: return QStringLiteral("info");
    case QtWarningMsg: return QStringLiteral("warning");
    case QtCriticalMsg: return QStringLiteral("critical");
    case QtFatalMsg: return QStringLiteral("fatal");
    }
    return {};
}

QString logPath(const QString &directory, int generation)
{
    const QString base = directory + QStringLiteral("/rankdesk.log");
    return generation == 0 ? base : base + u'.' + QString::number(generation);
}

// The log names groups, members and providers: readable by its owner only, every file of it.
void openPrivately(State &s)
{
    s.file.setFileName(logPath(s.directory, 0));
    s.file.open(QIODevice::WriteOnly | QIODevice::Append);
    s.file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// rankdesk.log -> .1 -> .2 -> .3 (the oldest goes).
void rotate(State &s)
{
    s.file.close();
    QFile::remove(logPath(s.directory, KeptFiles));
    for (int generation = KeptFiles - 1; generation >= 0; --generation)
        QFile::rename(logPath(s.directory, generation), logPath(s.directory, generation + 1));
    openPrivately(s);
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = QStringLiteral("%1 %2 %3: %4\n")
                             .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), levelName(type),
                                  QString::fromLatin1(context.category ? context.category : "default"), redact(message));
    const QByteArray bytes = line.toUtf8();
    State &s = state();
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            if (s.file.size() + bytes.size() > MaxBytes)
                rotate(s);
            s.file.write(bytes);
            s.file.flush();
        }
    }
    if (s.echo)
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

QString defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
}

QString install(const QString &directory, bool verbose, bool echo)
{
    State &s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.echo = echo;
        QDir().mkpath(directory);
        QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        s.directory = directory;
        s.file.close();
        openPrivately(s);
        if (s.file.size() > MaxBytes)
            rotate(s);
    }
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("rankdesk.*.debug=true") : QStringLiteral("rankdesk.*.debug=false"));
    s.previous = qInstallMessageHandler(handler);
    return logPath(directory, 0);
}

void uninstall()
{
    State &s = state();
    qInstallMessageHandler(s.previous);
    QMutexLocker lock(&s.mutex);
    s.file.close();
}

void addSecret(const QString &secret)
{
    // Short values would mask ordinary words; keys and passwords are long.
    if (secret.size() < 6)
        return;
    State &s = state();
    QMutexLocker lock(&s.mutex);
    s.secrets.insert(secret);
}

QString redact(QString text)
{
    State &s = state();
    {
        QMutexLocker lock(&s.mutex);
        for (const QString &secret : std::as_const(s.secrets))
            text.replace(secret, QStringLiteral("•••"));
    }
    // Series.hr's check-key puts the key in the URL path.
    static const QRegularExpression keyInPath(QStringLiteral("(/check-key/)[^\\s/?#]+"));
    text.replace(keyInPath, QStringLiteral("\\1•••"));
    return text;
}

} // namespace Logging
