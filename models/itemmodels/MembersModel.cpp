#include "MembersModel.h"

#include <QLocale>

#include <algorithm>

namespace {
const qint64 EpochOffsetSecs = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
constexpr char FieldSeparator = '\x01';
} // namespace

MembersModel::MembersModel(QObject *parent) : QAbstractTableModel(parent) { }

void MembersModel::setRoster(const QList<Role> &roles, const QList<Member> &members)
{
    beginResetModel();
    m_roles = roles;
    m_roleIndex.clear();
    for (qsizetype i = 0; i < m_roles.size(); ++i)
        m_roleIndex.insert(m_roles.at(i).id, int(i));
    m_rows.clear();
    m_rows.reserve(size_t(members.size()));
    m_names.clear();
    m_search.clear();
    m_searchStart.clear();
    m_searchStart.reserve(size_t(members.size()) + 1);
    m_charMasks.clear();
    m_charMasks.reserve(size_t(members.size()));
    m_searchStart.push_back(0);
    for (const Member &member : members)
        appendMember(member);
    m_rows.shrink_to_fit();
    m_names.squeeze();
    m_search.squeeze();
    rebuildUserIndex();
    endResetModel();
}

void MembersModel::clear()
{
    setRoster({}, {});
}

void MembersModel::appendMember(const Member &member)
{
    const QByteArray name = member.username.toUtf8();
    const QByteArray display = member.displayName.toUtf8();
    Row row;
    row.userId = member.userId;
    row.joinedSecs = member.memberSince.isValid()
        ? quint32(std::max<qint64>(1, member.memberSince.toSecsSinceEpoch() - EpochOffsetSecs))
        : 0;
    row.nameOffset = quint32(m_names.size());
    row.usernameBytes = quint16(std::min<qsizetype>(name.size(), 0xffff));
    row.displayBytes = quint16(std::min<qsizetype>(display.size(), 0xffff));
    row.roleIndex = qint16(m_roleIndex.value(member.roleId, -1));
    m_names.append(name.left(row.usernameBytes)).append(display.left(row.displayBytes));
    m_rows.push_back(row);

    m_search.append(member.username.toLower().toUtf8())
        .append(FieldSeparator)
        .append(member.displayName.toLower().toUtf8())
        .append(FieldSeparator)
        .append(QByteArray::number(member.userId));
    const quint32 start = m_searchStart.back();
    m_searchStart.push_back(quint32(m_search.size()));
    m_charMasks.push_back(charMaskOf(std::string_view(m_search.constData() + start, size_t(m_search.size()) - start)));
}

static int charBit(unsigned char c)
{
    if (c >= 'a' && c <= 'z')
        return c - 'a';
    if (c >= '0' && c <= '9')
        return 26 + (c - '0');
    if (c == '_')
        return 36;
    if (c == ' ')
        return 37;
    if (c < 0x80)
        return 38 + (c % 16); // other ASCII share bits
    return 54 + (c % 10);     // UTF-8 bytes share bits
}

quint64 MembersModel::charMaskOf(std::string_view text)
{
    quint64 mask = 0;
    for (const char c : text) {
        if (c != FieldSeparator)
            mask |= quint64(1) << charBit(static_cast<unsigned char>(c));
    }
    return mask;
}

bool MembersModel::charMaskIsExact(std::string_view needle)
{
    return needle.size() == 1 && charBit(static_cast<unsigned char>(needle.front())) < 38;
}

void MembersModel::rebuildUserIndex()
{
    m_rowsByUserId.resize(m_rows.size());
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_rowsByUserId[i] = int(i);
    std::sort(m_rowsByUserId.begin(), m_rowsByUserId.end(),
              [this](int a, int b) { return m_rows[size_t(a)].userId < m_rows[size_t(b)].userId; });
}

int MembersModel::rowOfUser(qint64 userId) const
{
    const auto it = std::lower_bound(m_rowsByUserId.begin(), m_rowsByUserId.end(), userId,
                                     [this](int row, qint64 id) { return m_rows[size_t(row)].userId < id; });
    if (it == m_rowsByUserId.end() || m_rows[size_t(*it)].userId != userId)
        return -1;
    return *it;
}

bool MembersModel::updateMemberRole(qint64 userId, qint64 roleId)
{
    const int row = rowOfUser(userId);
    if (row < 0)
        return false;
    m_rows[size_t(row)].roleIndex = qint16(m_roleIndex.value(roleId, -1));
    emit dataChanged(index(row, RoleColumn), index(row, RankColumn));
    return true;
}

bool MembersModel::removeMember(qint64 userId)
{
    const int row = rowOfUser(userId);
    if (row < 0)
        return false;
    // Rare (a member left the group); rebuilding keeps the pools compact and simple.
    QList<Member> members;
    members.reserve(qsizetype(m_rows.size()) - 1);
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (i != row)
            members.append(memberAt(i));
    }
    setRoster(m_roles, members);
    return true;
}

QString MembersModel::username(const Row &row) const
{
    return QString::fromUtf8(m_names.constData() + row.nameOffset, row.usernameBytes);
}

QString MembersModel::displayName(const Row &row) const
{
    return QString::fromUtf8(m_names.constData() + row.nameOffset + row.usernameBytes, row.displayBytes);
}

Member MembersModel::memberAt(int row) const
{
    const Row &r = m_rows[size_t(row)];
    Member member;
    member.userId = r.userId;
    member.username = username(r);
    member.displayName = displayName(r);
    member.roleId = r.roleIndex >= 0 ? m_roles.at(r.roleIndex).id : 0;
    if (r.joinedSecs != 0)
        member.memberSince = QDateTime::fromSecsSinceEpoch(EpochOffsetSecs + r.joinedSecs, Qt::UTC);
    return member;
}

Role MembersModel::roleAt(int row) const
{
    const int roleIndex = m_rows[size_t(row)].roleIndex;
    return roleIndex >= 0 ? m_roles.at(roleIndex) : Role {};
}

std::string_view MembersModel::searchText(int row) const
{
    const quint32 start = m_searchStart[size_t(row)];
    return {m_search.constData() + start, size_t(m_searchStart[size_t(row) + 1] - start)};
}

std::string_view MembersModel::searchUsername(int row) const
{
    const std::string_view text = searchText(row);
    return text.substr(0, text.find(FieldSeparator));
}

std::string_view MembersModel::sortText(int column, int row) const
{
    const std::string_view username = searchUsername(row);
    if (column == UsernameColumn)
        return username;
    const std::string_view rest = searchText(row).substr(username.size() + 1);
    return rest.substr(0, rest.find(FieldSeparator)); // the display name
}

qint64 MembersModel::sortNumber(int column, int row) const
{
    const Row &r = m_rows[size_t(row)];
    switch (column) {
    case UserIdColumn: return r.userId;
    case RoleColumn:
    case RankColumn: return r.roleIndex >= 0 ? m_roles.at(r.roleIndex).rank : -1;
    case MemberSinceColumn: return r.joinedSecs;
    default: return 0;
    }
}

int MembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const Role *memberRole = row.roleIndex >= 0 ? &m_roles.at(row.roleIndex) : nullptr;
    if (role == UserIdRole)
        return row.userId;
    if (role == RoleIdRole)
        return memberRole ? memberRole->id : 0;
    if (role == Qt::TextAlignmentRole && (index.column() == UserIdColumn || index.column() == RankColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case UserIdColumn: return row.userId;
    case UsernameColumn: return username(row);
    case DisplayNameColumn: return displayName(row);
    case RoleColumn: return memberRole ? memberRole->name : tr("(unknown role)");
    case RankColumn: return memberRole ? QVariant(memberRole->rank) : QVariant();
    case MemberSinceColumn:
        if (row.joinedSecs == 0)
            return role == SortRole ? QVariant(0) : QVariant(tr("unknown"));
        if (role == SortRole)
            return row.joinedSecs;
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(EpochOffsetSecs + row.joinedSecs, Qt::UTC).date(),
                                  QLocale::ShortFormat);
    default: return {};
    }
}

QVariant MembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserIdColumn: return tr("User ID");
    case UsernameColumn: return tr("Username");
    case DisplayNameColumn: return tr("Display name");
    case RoleColumn: return tr("Role");
    case RankColumn: return tr("Rank");
    case MemberSinceColumn: return tr("Member since");
    default: return {};
    }
}
