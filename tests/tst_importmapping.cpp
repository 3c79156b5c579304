#include "exchange/ImportMapping.h"
#include "exchange/ImportRow.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_ImportMapping : public QObject
{
    Q_OBJECT

private slots:
    void guess_data()
    {
        QTest::addColumn<QList<QStringList>>("records");
        QTest::addColumn<int>("user");
        QTest::addColumn<int>("target");
        QTest::addColumn<int>("reason");
        QTest::addColumn<bool>("header");
        QTest::newRow("English") << QList<QStringList>{{u"Username"_s, u"Rank"_s, u"Reason"_s}, {u"alpha_one"_s, u"20"_s, u"x"_s}} << 0 << 1 << 2 << true;
        QTest::newRow("reordered, with words") << QList<QStringList>{{u"Notes"_s, u"Target rank"_s, u"Roblox username"_s}, {u"x"_s, u"20"_s, u"alpha_one"_s}} << 2 << 1 << 0 << true;
        QTest::newRow("pt-BR") << QList<QStringList>{{QStringLiteral("Usuário"), u"Cargo"_s, u"Motivo"_s}, {u"a_b_c"_s, u"Cabo"_s, u""_s}} << 0 << 1 << 2 << true;
        QTest::newRow("es") << QList<QStringList>{{u"Usuario"_s, u"Rango"_s, u"Motivo"_s}, {u"abc"_s, u"20"_s, u""_s}} << 0 << 1 << 2 << true;
        QTest::newRow("de") << QList<QStringList>{{u"Benutzername"_s, u"Rang"_s, u"Grund"_s}, {u"abc"_s, u"20"_s, u""_s}} << 0 << 1 << 2 << true;
        QTest::newRow("user_id, new_role") << QList<QStringList>{{u"user_id"_s, u"new_role"_s}, {u"1001"_s, u"20"_s}} << 0 << 1 << -1 << true;
        QTest::newRow("no header: id then rank") << QList<QStringList>{{u"156"_s, u"20"_s}, {u"1001"_s, u"Sergeant"_s}} << 0 << 1 << -1 << false;
        QTest::newRow("no header: rank then URL") << QList<QStringList>{{u"promote"_s, u"https://www.roblox.com/users/156/profile"_s}, {u"+2"_s, u"roblox.com/users/9/profile"_s}} << 1 << 0 << -1 << false;
        QTest::newRow("unknown header, data below") << QList<QStringList>{{u"foo"_s, u"bar"_s, u"baz"_s}, {u"1001"_s, u"20"_s, u"why"_s}, {u"1002"_s, u"30"_s, u"x"_s}} << 0 << 1 << -1 << true;
    }
    void guess()
    {
        QFETCH(QList<QStringList>, records);
        QFETCH(int, user);
        QFETCH(int, target);
        QFETCH(int, reason);
        QFETCH(bool, header);
        const ImportMapping mapping = ImportMapping::guess(records);
        QCOMPARE(mapping.userColumn, user);
        QCOMPARE(mapping.targetColumn, target);
        QCOMPARE(mapping.reasonColumn, reason);
        QCOMPARE(mapping.hasHeader, header);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("user");
        QTest::addColumn<int>("target");
        QTest::addColumn<int>("reason");
        QTest::newRow("numbers") << u"user=2,target=1"_s << true << 1 << 0 << -1;
        QTest::newRow("names, any case") << u"user=member,target=NEW RANK,reason=Why"_s << true << 0 << 1 << 2;
        QTest::newRow("unknown name") << u"user=who,target=1"_s << false << -1 << -1 << -1;
        QTest::newRow("same column") << u"user=1,target=1"_s << false << -1 << -1 << -1;
        QTest::newRow("not a mapping") << u"user"_s << false << -1 << -1 << -1;
        QTest::newRow("unknown key") << u"member=1,target=2"_s << false << -1 << -1 << -1;
    }
    void parse()
    {
        QFETCH(QString, spec);
        QFETCH(bool, ok);
        const Result<ImportMapping> mapping = ImportMapping::parse(spec, {u"Member"_s, u"New rank"_s, u"Why"_s}, true);
        QCOMPARE(bool(mapping), ok);
        if (!ok) {
            QVERIFY(!mapping.error().message.isEmpty());
            return;
        }
        QFETCH(int, user);
        QFETCH(int, target);
        QFETCH(int, reason);
        QCOMPARE(mapping.value().userColumn, user);
        QCOMPARE(mapping.value().targetColumn, target);
        QCOMPARE(mapping.value().reasonColumn, reason);
    }

    void roundTripAndLayoutKey()
    {
        ImportMapping mapping;
        mapping.userColumn = 2;
        mapping.targetColumn = 0;
        mapping.reasonColumn = -1;
        mapping.hasHeader = true;
        QCOMPARE(ImportMapping::fromString(mapping.toString()), mapping);
        QVERIFY(!ImportMapping::fromString(QStringLiteral("garbage")));
        // The same header in another case or spacing is the same layout; another header is not.
        QCOMPARE(ImportMapping::layoutKey({u"User"_s, u"Rank"_s}, true, 2), ImportMapping::layoutKey({u" user "_s, u"RANK"_s}, true, 2));
        QVERIFY(ImportMapping::layoutKey({u"User"_s, u"Rank"_s}, true, 2) != ImportMapping::layoutKey({u"User"_s, u"Role"_s}, true, 2));
        QVERIFY(ImportMapping::layoutKey({u"1"_s, u"2"_s}, false, 2) != ImportMapping::layoutKey({u"1"_s, u"2"_s, u"3"_s}, false, 3));
    }

    void userRef_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("name");
        using K = UserRef::Kind;
        QTest::newRow("id") << u" 156 "_s << int(K::Id) << 156LL << u""_s;
        QTest::newRow("profile URL") << u"https://www.roblox.com/users/156/profile"_s << int(K::Id) << 156LL << u""_s;
        QTest::newRow("URL with query") << u"https://web.roblox.com/users/7/profile?tab=about"_s << int(K::Id) << 7LL << u""_s;
        QTest::newRow("URL without scheme") << u"roblox.com/users/42/profile"_s << int(K::Id) << 42LL << u""_s;
        QTest::newRow("legacy URL") << u"http://www.roblox.com/User.aspx?ID=99"_s << int(K::Id) << 99LL << u""_s;
        QTest::newRow("username") << u"Builder_Man1"_s << int(K::Name) << 0LL << u"Builder_Man1"_s;
        QTest::newRow("@username") << u"@alpha_one"_s << int(K::Name) << 0LL << u"alpha_one"_s;
        QTest::newRow("too short") << u"ab"_s << int(K::Invalid) << 0LL << u""_s;
        QTest::newRow("spaces") << u"not a user"_s << int(K::Invalid) << 0LL << u""_s;
        QTest::newRow("other site") << u"https://example.com/users/5/profile"_s << int(K::Invalid) << 0LL << u""_s;
        QTest::newRow("zero") << u"0"_s << int(K::Invalid) << 0LL << u""_s;
        QTest::newRow("too long a number") << u"123456789012345678901"_s << int(K::Invalid) << 0LL << u""_s;
    }
    void userRef()
    {
        QFETCH(QString, cell);
        QFETCH(int, kind);
        QFETCH(qint64, id);
        QFETCH(QString, name);
        const UserRef ref = UserRef::parse(cell);
        QCOMPARE(int(ref.kind), kind);
        QCOMPARE(ref.id, id);
        QCOMPARE(ref.name, name);
    }

    void targetRef_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("steps");
        using K = TargetRef::Kind;
        QTest::newRow("rank") << u"20"_s << int(K::Role) << 0;
        QTest::newRow("name") << u"Staff Sergeant"_s << int(K::Role) << 0;
        QTest::newRow("promote") << u"Promote"_s << int(K::Promote) << 1;
        QTest::newRow("demote") << u"demote"_s << int(K::Demote) << -1;
        QTest::newRow("pt promover") << u"promover"_s << int(K::Promote) << 1;
        QTest::newRow("de degradieren") << QStringLiteral("degradieren") << int(K::Demote) << -1;
        QTest::newRow("+2") << u"+2"_s << int(K::Step) << 2;
        QTest::newRow("-3 spaced") << u"- 3"_s << int(K::Step) << -3;
        QTest::newRow("neutralised +1") << u"'+1"_s << int(K::Step) << 1;
        QTest::newRow("+0") << u"+0"_s << int(K::Invalid) << 0;
        QTest::newRow("empty") << u""_s << int(K::Invalid) << 0;
    }
    void targetRef()
    {
        QFETCH(QString, cell);
        QFETCH(int, kind);
        QFETCH(int, steps);
        const TargetRef ref = TargetRef::parse(cell);
        QCOMPARE(int(ref.kind), kind);
        QCOMPARE(ref.steps, steps);
    }
};

QTEST_GUILESS_MAIN(tst_ImportMapping)
#include "tst_importmapping.moc"
