#pragma once

#include <QString>
#include <QUrl>

// What the user connects with. Holds base URLs and choices, never the key itself.
struct ConnectionProfile
{
    enum class ReaderKind { OpenCloud, Public };
    enum class WriterKind { OpenCloud };

    QString name;
    qint64 groupId = 0;
    ReaderKind reader = ReaderKind::OpenCloud;
    WriterKind writer = WriterKind::OpenCloud;
    QUrl cloudBaseUrl = QUrl(QStringLiteral("https://apis.roblox.com"));
    QUrl groupsBaseUrl = QUrl(QStringLiteral("https://groups.roblox.com"));
    QUrl usersBaseUrl = QUrl(QStringLiteral("https://users.roblox.com"));

    // The simulator serves every Roblox host on one address, so one URL stands for all three.
    void setAllBaseUrls(const QUrl &url)
    {
        cloudBaseUrl = groupsBaseUrl = usersBaseUrl = url;
    }
    QString readerName() const { return reader == ReaderKind::OpenCloud ? QStringLiteral("opencloud") : QStringLiteral("public"); }
    QString writerName() const { return QStringLiteral("opencloud"); }
};
