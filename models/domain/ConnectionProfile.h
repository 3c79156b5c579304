#pragma once

#include <QHostAddress>
#include <QString>
#include <QUrl>

#include <optional>

// What the user connects with. Holds base URLs and choices, never the key itself.
struct ConnectionProfile
{
    enum class ReaderKind { OpenCloud, Public };
    enum class WriterKind { OpenCloud, Hyra, Series, Wesk };

    QString id; // stable key of a saved profile (ProfileStore); empty for one made on the fly
    QString name;
    qint64 groupId = 0;
    ReaderKind reader = ReaderKind::OpenCloud;
    WriterKind writer = WriterKind::OpenCloud;
    QUrl cloudBaseUrl = QUrl(QStringLiteral("https://apis.roblox.com"));
    QUrl groupsBaseUrl = QUrl(QStringLiteral("https://groups.roblox.com"));
    QUrl usersBaseUrl = QUrl(QStringLiteral("https://users.roblox.com"));
    QUrl writerBaseUrl; // hosted writers; empty = the writer's public base URL
    bool composeDemote = false; // WESK: demote through setRank (Starter plans have no demote)
    QString hyraWorkspaceId;    // Hyra: the key's workspace, for Test connection (its one harmless read)
    // Multiplies the documented rate limits the scheduler keeps to (a simulator started with a
    // matching --rate-scale); 1 for real providers.
    double rateScale = 1.0;

    // Documented budgets per minute for bulk work (0: no per-minute limit; 429s are still honoured).
    double writesPerMinute() const
    {
        switch (writer) {
        case WriterKind::OpenCloud: return 300 * rateScale;
        case WriterKind::Hyra: return 100 * rateScale;
        case WriterKind::Series: return 50 * 60 * rateScale;
        case WriterKind::Wesk: return 0; // a monthly quota, not a rate
        }
        return 0;
    }
    double readsPerMinute() const { return reader == ReaderKind::OpenCloud ? 300 * rateScale : 0; }

    // Keys travel only over https, except to a simulator on this machine (loopback, plain http).
    static bool isAllowedBaseUrl(const QUrl &url)
    {
        if (!url.isValid() || url.host().isEmpty())
            return false;
        if (url.scheme() == u"https")
            return true;
        const QHostAddress host(url.host());
        return url.scheme() == u"http" && (url.host() == u"localhost" || (!host.isNull() && host.isLoopback()));
    }
    // The base URLs this profile sends keys to.
    QList<QUrl> baseUrls() const
    {
        QList<QUrl> urls{cloudBaseUrl, groupsBaseUrl, usersBaseUrl};
        if (writer != WriterKind::OpenCloud)
            urls.append(effectiveWriterUrl());
        return urls;
    }

    // The simulator serves every Roblox host on one address, so one URL stands for all three.
    void setAllBaseUrls(const QUrl &url)
    {
        cloudBaseUrl = groupsBaseUrl = usersBaseUrl = url;
    }
    QString readerName() const { return reader == ReaderKind::OpenCloud ? QStringLiteral("opencloud") : QStringLiteral("public"); }
    QString writerName() const { return writerKindName(writer); }
    QUrl effectiveWriterUrl() const { return writerBaseUrl.isEmpty() ? defaultWriterUrl(writer) : writerBaseUrl; }

    static QString writerKindName(WriterKind kind)
    {
        switch (kind) {
        case WriterKind::OpenCloud: return QStringLiteral("opencloud");
        case WriterKind::Hyra: return QStringLiteral("hyra");
        case WriterKind::Series: return QStringLiteral("series");
        case WriterKind::Wesk: return QStringLiteral("wesk");
        }
        return QStringLiteral("opencloud");
    }
    static std::optional<WriterKind> writerKindFromName(const QString &name)
    {
        for (WriterKind kind : {WriterKind::OpenCloud, WriterKind::Hyra, WriterKind::Series, WriterKind::Wesk})
            if (writerKindName(kind) == name)
                return kind;
        return std::nullopt;
    }
    // The providers' public base URLs (api-reference.md); the simulator serves each under a prefix.
    static QUrl defaultWriterUrl(WriterKind kind)
    {
        switch (kind) {
        case WriterKind::OpenCloud: return QUrl(QStringLiteral("https://apis.roblox.com"));
        case WriterKind::Hyra: return QUrl(QStringLiteral("https://api.hyra.io"));
        case WriterKind::Series: return QUrl(QStringLiteral("https://api.series.hr"));
        case WriterKind::Wesk: return QUrl(QStringLiteral("https://api.wesk.dev/v1"));
        }
        return {};
    }
    static QString simulatorPrefix(WriterKind kind)
    {
        switch (kind) {
        case WriterKind::Hyra: return QStringLiteral("/hyra");
        case WriterKind::Series: return QStringLiteral("/series");
        case WriterKind::Wesk: return QStringLiteral("/wesk/v1");
        default: return {};
        }
    }
};
