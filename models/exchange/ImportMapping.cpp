#include "ImportMapping.h"

#include "ImportRow.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace {

// Header words per field, lower case, in English and the shipped languages.
const QStringList &words(ImportMapping::Field field)
{
    static const QStringList user{
        QStringLiteral("user"), QStringLiteral("username"), QStringLiteral("user id"), QStringLiteral("userid"),
        QStringLiteral("user name"), QStringLiteral("member"), QStringLiteral("player"), QStringLiteral("roblox"),
        QStringLiteral("profile"), QStringLiteral("name"), QStringLiteral("usuário"), QStringLiteral("usuario"),
        QStringLiteral("nome de usuário"), QStringLiteral("nombre de usuario"), QStringLiteral("membro"),
        QStringLiteral("miembro"), QStringLiteral("jogador"), QStringLiteral("jugador"), QStringLiteral("perfil"),
        QStringLiteral("nome"), QStringLiteral("nombre"), QStringLiteral("benutzer"), QStringLiteral("benutzername"),
        QStringLiteral("nutzer"), QStringLiteral("mitglied"), QStringLiteral("spieler"), QStringLiteral("profil")};
    static const QStringList target{
        QStringLiteral("rank"), QStringLiteral("role"), QStringLiteral("target"), QStringLiteral("new rank"),
        QStringLiteral("new role"), QStringLiteral("action"), QStringLiteral("change"), QStringLiteral("cargo"),
        QStringLiteral("novo cargo"), QStringLiteral("patente"), QStringLiteral("ação"), QStringLiteral("acao"),
        QStringLiteral("rango"), QStringLiteral("rol"), QStringLiteral("nuevo rango"), QStringLiteral("acción"),
        QStringLiteral("accion"), QStringLiteral("rang"), QStringLiteral("rolle"), QStringLiteral("neuer rang"),
        QStringLiteral("aktion"), QStringLiteral("ziel")};
    static const QStringList reason{
        QStringLiteral("reason"), QStringLiteral("note"), QStringLiteral("notes"), QStringLiteral("comment"),
        QStringLiteral("why"), QStringLiteral("motivo"), QStringLiteral("razão"), QStringLiteral("observação"),
        QStringLiteral("nota"), QStringLiteral("razón"), QStringLiteral("razon"), QStringLiteral("comentario"),
        QStringLiteral("grund"), QStringLiteral("begründung"), QStringLiteral("kommentar"), QStringLiteral("notiz")};
    switch (field) {
    case ImportMapping::Field::User: return user;
    case ImportMapping::Field::Target: return target;
    case ImportMapping::Field::Reason: return reason;
    }
    return user;
}

QString normalised(const QString &cell)
{
    static const QRegularExpression separators(QStringLiteral("[_\\-.:#/()\\[\\]]+"));
    return QString(cell).replace(separators, QStringLiteral(" ")).simplified().toLower();
}

} // namespace

std::optional<ImportMapping::Field> ImportMapping::headerField(const QString &headerCell)
{
    const QString cell = normalised(headerCell);
    if (cell.isEmpty())
        return std::nullopt;
    for (Field field : {Field::User, Field::Target, Field::Reason})
        if (words(field).contains(cell))
            return field;
    // "Roblox username", "Target rank", "Motivo da promoção": a known word among others.
    const QStringList parts = cell.split(u' ');
    for (Field field : {Field::Reason, Field::Target, Field::User})
        for (const QString &word : words(field))
            if (!word.contains(u' ') && parts.contains(word))
                return field;
    return std::nullopt;
}

ImportMapping ImportMapping::guess(const QList<QStringList> &firstRecords)
{
    ImportMapping mapping;
    if (firstRecords.isEmpty())
        return mapping;
    const QStringList &first = firstRecords.first();
    for (int column = 0; column < first.size(); ++column) {
        // A profile URL holds "roblox" and "profile" but is data, not a header.
        const UserRef asUser = UserRef::parse(first[column]);
        if (asUser.isUrl || asUser.kind == UserRef::Kind::Id || TargetRef::parse(first[column]).isStep())
            continue;
        const std::optional<Field> field = headerField(first[column]);
        if (!field)
            continue;
        int &slot = *field == Field::User ? mapping.userColumn : *field == Field::Target ? mapping.targetColumn : mapping.reasonColumn;
        if (slot < 0)
            slot = column;
    }
    mapping.hasHeader = mapping.userColumn >= 0 || mapping.targetColumn >= 0 || mapping.reasonColumn >= 0;
    // Without a recognisable header: the first record is still a header if none of its cells reads
    // as a member or a target while the next record's do.
    const auto looksLikeData = [](const QStringList &record) {
        for (const QString &cell : record)
            if (UserRef::parse(cell).kind == UserRef::Kind::Id || TargetRef::parse(cell).isStep())
                return true;
        return false;
    };
    if (!mapping.hasHeader && firstRecords.size() > 1 && !looksLikeData(first) && looksLikeData(firstRecords[1]))
        mapping.hasHeader = true;
    if (mapping.userColumn >= 0 && mapping.targetColumn >= 0)
        return mapping;

    // Guess the rest from the data cells: members are ids above 255, profile URLs or usernames;
    // targets are rank numbers, promote/demote and +N/-N steps.
    int columns = 0;
    for (const QStringList &record : firstRecords)
        columns = std::max(columns, int(record.size()));
    QList<int> userScore(columns, 0), targetScore(columns, 0);
    for (qsizetype r = mapping.hasHeader ? 1 : 0; r < firstRecords.size(); ++r) {
        const QStringList &record = firstRecords[r];
        for (int c = 0; c < record.size(); ++c) {
            const UserRef user = UserRef::parse(record[c]);
            if (user.isUrl || (user.kind == UserRef::Kind::Id && user.id > 255))
                userScore[c] += 2;
            else if (user.kind == UserRef::Kind::Name)
                userScore[c] += 1;
            const TargetRef target = TargetRef::parse(record[c]);
            if (target.kind != TargetRef::Kind::Role || (target.isRankNumber()))
                targetScore[c] += 2;
        }
    }
    const auto pick = [columns](const QList<int> &score, std::initializer_list<int> taken) {
        int best = -1;
        for (int c = 0; c < columns; ++c)
            if (std::find(taken.begin(), taken.end(), c) == taken.end() && (best < 0 || score[c] > score[best]))
                best = c;
        return best;
    };
    if (mapping.userColumn < 0)
        mapping.userColumn = pick(userScore, {mapping.targetColumn, mapping.reasonColumn});
    if (mapping.targetColumn < 0)
        mapping.targetColumn = pick(targetScore, {mapping.userColumn, mapping.reasonColumn});
    return mapping;
}

Result<ImportMapping> ImportMapping::parse(const QString &spec, const QStringList &header, bool hasHeader)
{
    ImportMapping mapping;
    mapping.hasHeader = hasHeader;
    const auto invalid = [](const QString &message) {
        return ApiError::local(ApiError::Kind::Invalid, QStringLiteral("rankdesk.csv-mapping"), message);
    };
    for (const QString &part : spec.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        const QString key = part.left(eq).trimmed().toLower();
        const QString column = eq < 0 ? QString() : part.mid(eq + 1).trimmed();
        int *slot = key == u"user" ? &mapping.userColumn : key == u"target" ? &mapping.targetColumn
                  : key == u"reason" ? &mapping.reasonColumn : nullptr;
        if (!slot || column.isEmpty())
            return invalid(tr("\"%1\" is not a mapping; write user=COLUMN,target=COLUMN[,reason=COLUMN].").arg(part));
        bool isNumber = false;
        const int number = column.toInt(&isNumber);
        if (isNumber && number >= 1) {
            *slot = number - 1;
            continue;
        }
        const qsizetype index = header.indexOf(column) >= 0
            ? header.indexOf(column)
            : std::find_if(header.cbegin(), header.cend(), [&](const QString &h) { return h.compare(column, Qt::CaseInsensitive) == 0; }) - header.cbegin();
        if (!hasHeader || index >= header.size())
            return invalid(tr("There is no column \"%1\"; give its number (1 is the first) or its header name.").arg(column));
        *slot = int(index);
    }
    if (!mapping.isComplete())
        return invalid(tr("The mapping needs different user and target columns."));
    return mapping;
}

QString ImportMapping::layoutKey(const QStringList &firstRecord, bool hasHeader, int columnCount)
{
    QStringList cells;
    for (const QString &cell : firstRecord)
        cells << normalised(cell);
    const QByteArray identity = hasHeader ? cells.join(u'\x1f').toUtf8() : "columns:" + QByteArray::number(columnCount);
    return QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha1).toHex().left(16));
}

QString ImportMapping::toString() const
{
    return QStringLiteral("user=%1,target=%2,reason=%3,header=%4").arg(userColumn).arg(targetColumn).arg(reasonColumn).arg(int(hasHeader));
}

std::optional<ImportMapping> ImportMapping::fromString(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^user=(-?\\d+),target=(-?\\d+),reason=(-?\\d+),header=([01])$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    ImportMapping mapping;
    mapping.userColumn = match.captured(1).toInt();
    mapping.targetColumn = match.captured(2).toInt();
    mapping.reasonColumn = match.captured(3).toInt();
    mapping.hasHeader = match.captured(4) == u"1";
    return mapping;
}
