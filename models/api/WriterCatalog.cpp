#include "WriterCatalog.h"

#include <QCoreApplication>

WriterCapabilities writerCapabilities(ConnectionProfile::WriterKind kind, bool composeDemote)
{
    using Kind = ConnectionProfile::WriterKind;
    switch (kind) {
    case Kind::OpenCloud:
        return {false, false,
                QCoreApplication::translate("WriterCatalog",
                                            "Open Cloud has no promote or demote: Rankdesk reads the member's role, picks the next "
                                            "assignable rank with its rank rules and sets it. Writes: 300 per minute per key owner.")};
    case Kind::Hyra:
        return {false, false,
                QCoreApplication::translate("WriterCatalog",
                                            "Hyra offers set-rank only (its promote route is inactive): Rankdesk reads the member's "
                                            "role, picks the next rank with its rank rules and sets it. About 100 requests per minute.")};
    case Kind::Series:
        return {true, true,
                QCoreApplication::translate("WriterCatalog",
                                            "Series.hr promotes and demotes itself, along the roles configured in the workspace and up "
                                            "to its Max Promotion Rank; set-rank needs a role configured there. Premium or Enterprise "
                                            "plan; 50 requests per second.")};
    case Kind::Wesk:
        return {true, !composeDemote,
                composeDemote ? QCoreApplication::translate("WriterCatalog",
                                                            "WESK RankBot promotes itself; demote is composed through setRank (works on "
                                                            "every plan). Monthly request quota: Starter 100, Pro 5,000, Max unlimited.")
                              : QCoreApplication::translate("WriterCatalog",
                                                            "WESK RankBot promotes and demotes itself; its demote needs a Pro or Max plan. "
                                                            "Monthly request quota: Starter 100, Pro 5,000, Max unlimited.")};
    }
    return {};
}

QString writerDisplayName(ConnectionProfile::WriterKind kind)
{
    using Kind = ConnectionProfile::WriterKind;
    switch (kind) {
    case Kind::OpenCloud: return QCoreApplication::translate("WriterCatalog", "Roblox Open Cloud");
    case Kind::Hyra: return QStringLiteral("Hyra");
    case Kind::Series: return QStringLiteral("Series.hr");
    case Kind::Wesk: return QStringLiteral("WESK RankBot");
    }
    return {};
}
