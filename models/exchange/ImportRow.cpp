#include "ImportRow.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

// Spreadsheet-safe CSV (ours included) writes "+2" as "'+2": read it back as written.
QString unneutralised(const QString &cell)
{
    const QString trimmed = cell.trimmed();
    if (trimmed.size() > 1 && trimmed.front() == u'\'' && QStringLiteral("=+-@").contains(trimmed[1]))
        return trimmed.mid(1);
    return trimmed;
}

} // namespace

UserRef UserRef::parse(const QString &cell)
{
    UserRef ref;
    QString text = unneutralised(cell);
    static const QRegularExpression profileUrl(
        QStringLiteral("^(?:https?://)?(?:[a-z]+\\.)?roblox\\.com/users/(\\d{1,19})(?:/[^\\s]*)?(?:[?#]\\S*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression legacyUrl(QStringLiteral("^(?:https?://)?(?:[a-z]+\\.)?roblox\\.com/User\\.aspx\\?ID=(\\d{1,19})$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression username(QStringLiteral("^@?([A-Za-z0-9_]{3,20})$"));
    static const QRegularExpression digits(QStringLiteral("^\\d{1,19}$"));
    QRegularExpressionMatch match = profileUrl.match(text);
    if (!match.hasMatch())
        match = legacyUrl.match(text);
    if (match.hasMatch()) {
        ref.isUrl = true;
        text = match.captured(1);
    }
    if (digits.match(text).hasMatch()) {
        bool ok = false;
        ref.id = text.toLongLong(&ok);
        ref.kind = ok && ref.id > 0 ? Kind::Id : Kind::Invalid;
        return ref;
    }
    if (const QRegularExpressionMatch name = username.match(text); name.hasMatch() && !ref.isUrl) {
        ref.kind = Kind::Name;
        ref.name = name.captured(1);
    }
    return ref;
}

bool TargetRef::isRankNumber() const
{
    bool ok = false;
    const int rank = text.toInt(&ok);
    return kind == Kind::Role && ok && rank >= 0 && rank <= 255;
}

TargetRef TargetRef::parse(const QString &cell)
{
    TargetRef ref;
    const QString text = unneutralised(cell);
    const QString word = text.toLower();
    static const QStringList promote{QStringLiteral("promote"), QStringLiteral("promotion"), QStringLiteral("promover"),
                                     QStringLiteral("promoção"), QStringLiteral("ascender"), QStringLiteral("ascenso"),
                                     QStringLiteral("befördern"), QStringLiteral("beförderung")};
    static const QStringList demote{QStringLiteral("demote"), QStringLiteral("demotion"), QStringLiteral("rebaixar"),
                                    QStringLiteral("rebaixamento"), QStringLiteral("degradar"), QStringLiteral("descender"),
                                    QStringLiteral("degradieren"), QStringLiteral("herabstufen")};
    static const QRegularExpression step(QStringLiteral("^([+-])\\s*(\\d{1,3})$"));
    if (text.isEmpty())
        return ref;
    if (promote.contains(word)) {
        ref.kind = Kind::Promote;
        ref.steps = 1;
    } else if (demote.contains(word)) {
        ref.kind = Kind::Demote;
        ref.steps = -1;
    } else if (const QRegularExpressionMatch m = step.match(text); m.hasMatch()) {
        const int n = m.captured(2).toInt();
        ref.kind = n == 0 ? Kind::Invalid : Kind::Step;
        ref.steps = m.captured(1) == u"-" ? -n : n;
    } else {
        ref.kind = Kind::Role;
    }
    ref.text = text;
    return ref;
}
