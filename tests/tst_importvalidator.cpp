#include "exchange/ImportValidator.h"

#include <QTest>

// Every validation outcome of an import row against a small roster, with a ceiling of 60 and one
// protected member. Lookups say "ghost_user" and id 4242 do not exist; "outsider_9" (5000) is not
// in the group.
using namespace Qt::StringLiterals;

class tst_ImportValidator : public QObject
{
    Q_OBJECT

    using Status = ImportCheck::Status;

    static QList<Role> roles()
    {
        return {{9001, u"Guest"_s, 0, -1}, {9002, u"Recruit"_s, 1, 0}, {9003, u"Private"_s, 5, 0}, {9004, u"Corporal"_s, 20, 0},
                {9005, u"Sergeant"_s, 30, 0}, {9006, u"Staff Sergeant"_s, 40, 0}, {9007, u"Lieutenant"_s, 60, 0}, {9008, u"Owner"_s, 255, 0}};
    }
    static QList<Member> roster()
    {
        return {{1001, u"alpha_one"_s, {}, 9003, {}}, {1002, u"bravo_two"_s, {}, 9004, {}}, {1003, u"charlie_3"_s, {}, 9005, {}},
                {1004, u"delta_4"_s, {}, 9007, {}}, {1005, u"the_owner"_s, {}, 9008, {}}, {1006, u"kept_safe"_s, {}, 9003, {}},
                {1007, u"recruit_7"_s, {}, 9002, {}}};
    }
    static ImportValidator validator()
    {
        GuardRails rails;
        rails.ceiling = 60;
        rails.protectedUsers = {1006};
        ImportValidator v(RankRules(roles()), roster(), rails);
        v.addLookups({u"ghost_user"_s, u"outsider_9"_s}, {4242, 5000}, {{5000, u"outsider_9"_s, u"Outsider"_s}});
        return v;
    }
    static ImportLine line(qint64 n, const QString &user, const QString &target, const QString &reason = {})
    {
        return {n, user, target, reason, {}};
    }

private slots:
    void single_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("targetRank");
        QTest::addColumn<QString>("message");
        QTest::newRow("rank number") << u"1001"_s << u"20"_s << int(Status::Ready) << 20 << u"Private (rank 5) → Corporal (rank 20)"_s;
        QTest::newRow("role name by username") << u"alpha_one"_s << u"corporal"_s << int(Status::Ready) << 20 << u""_s;
        QTest::newRow("role id") << u"ALPHA_ONE"_s << u"9005"_s << int(Status::Ready) << 30 << u""_s;
        QTest::newRow("profile URL, promote") << u"https://www.roblox.com/users/1002/profile"_s << u"promote"_s << int(Status::Ready) << 30 << u""_s;
        QTest::newRow("demote") << u"1003"_s << u"demote"_s << int(Status::Ready) << 20 << u""_s;
        QTest::newRow("+2") << u"1001"_s << u"+2"_s << int(Status::Ready) << 30 << u""_s;
        QTest::newRow("-2") << u"1003"_s << u"-2"_s << int(Status::Ready) << 5 << u""_s;
        QTest::newRow("already there") << u"1002"_s << u"Corporal"_s << int(Status::NoChange) << 20 << u"Already Corporal (rank 20)."_s;
        QTest::newRow("unknown username") << u"ghost_user"_s << u"20"_s << int(Status::Invalid) << 0 << u"No Roblox user is named \"ghost_user\"."_s;
        QTest::newRow("unknown id") << u"4242"_s << u"20"_s << int(Status::Invalid) << 0 << u"No Roblox user has the id 4242."_s;
        QTest::newRow("not a member (name)") << u"outsider_9"_s << u"20"_s << int(Status::Invalid) << 0 << u"outsider_9 is not a member of the group."_s;
        QTest::newRow("not a member (id)") << u"5000"_s << u"20"_s << int(Status::Invalid) << 0 << u"outsider_9 is not a member of the group."_s;
        QTest::newRow("not a user") << u"not a user!"_s << u"20"_s << int(Status::Invalid) << 0 << u"\"not a user!\" is not a user id, a username or a roblox.com profile URL."_s;
        QTest::newRow("empty member") << u""_s << u"20"_s << int(Status::Invalid) << 0 << u"The member cell is empty."_s;
        QTest::newRow("empty target") << u"1001"_s << u" "_s << int(Status::Invalid) << 0 << u"The target cell is empty."_s;
        QTest::newRow("unknown role") << u"1001"_s << u"Admiral"_s << int(Status::Invalid) << 0 << u"The group has no role named \"Admiral\"."_s;
        QTest::newRow("ambiguous role") << u"1001"_s << u"serg"_s << int(Status::Invalid) << 0 << u"\"serg\" matches several roles"_s;
        QTest::newRow("rank out of range") << u"1001"_s << u"7"_s << int(Status::Invalid) << 0 << u"The group has no role with rank 7."_s;
        QTest::newRow("Guest") << u"1001"_s << u"0"_s << int(Status::Invalid) << 0 << u"Members cannot be set to Guest"_s;
        QTest::newRow("Owner") << u"1001"_s << u"Owner"_s << int(Status::Invalid) << 0 << u"The Owner role (rank 255) cannot be assigned."_s;
        QTest::newRow("at the ceiling") << u"1001"_s << u"Lieutenant"_s << int(Status::Invalid) << 0 << u"at or above the highest rank you may assign (59)"_s;
        QTest::newRow("member above the ceiling") << u"1004"_s << u"20"_s << int(Status::Invalid) << 0 << u"at or above the highest rank you may manage"_s;
        QTest::newRow("the owner") << u"the_owner"_s << u"20"_s << int(Status::Invalid) << 0 << u"The group owner's rank cannot be changed."_s;
        QTest::newRow("protected") << u"kept_safe"_s << u"20"_s << int(Status::Invalid) << 0 << u"Protected: bulk actions skip this member."_s;
        QTest::newRow("promote past the ceiling") << u"1003"_s << u"+3"_s << int(Status::Invalid) << 0 << u"cannot move up 3"_s;
        QTest::newRow("demote below the bottom") << u"recruit_7"_s << u"demote"_s << int(Status::Invalid) << 0 << u"already at the lowest assignable rank"_s;
        QTest::newRow("bad step") << u"1001"_s << u"+0"_s << int(Status::Invalid) << 0 << u"is not a rank, a role, promote, demote or a +N/-N step"_s;
    }
    void single()
    {
        QFETCH(QString, user);
        QFETCH(QString, target);
        QFETCH(int, status);
        QFETCH(int, targetRank);
        QFETCH(QString, message);
        const QList<ImportCheck> checks = validator().validate({line(7, user, target)});
        QCOMPARE(checks.size(), 1);
        const ImportCheck &check = checks.first();
        QCOMPARE(check.line, 7);
        QVERIFY2(int(check.status) == status, qPrintable(ImportCheck::statusName(check.status) + u": "_s + check.message));
        if (status == int(Status::Ready) || status == int(Status::NoChange))
            QCOMPARE(check.target.rank, targetRank);
        QVERIFY2(check.message.contains(message), qPrintable(check.message));
    }

    void repeatsForOneMember()
    {
        const QList<ImportCheck> checks = validator().validate({
            line(2, u"1001"_s, u"20"_s),          // same change three ways: the first is applied
            line(3, u"alpha_one"_s, u"Corporal"_s),
            line(4, u"https://www.roblox.com/users/1001/profile"_s, u"promote"_s),
            line(5, u"1002"_s, u"30"_s),          // different targets: neither is applied
            line(6, u"bravo_two"_s, u"5"_s),
            line(7, u"1003"_s, u"Staff Sergeant"_s),
        });
        QCOMPARE(int(checks[0].status), int(Status::Ready));
        QCOMPARE(int(checks[1].status), int(Status::Duplicate));
        QCOMPARE(checks[1].message, u"Same change as line 2."_s);
        // "promote" from Private is Private's next assignable rank: Corporal, again the same change.
        QCOMPARE(int(checks[2].status), int(Status::Duplicate));
        QCOMPARE(int(checks[3].status), int(Status::Conflict));
        QVERIFY(checks[3].message.contains(u"line 6 asks for Private (rank 5)"_s));
        QCOMPARE(int(checks[4].status), int(Status::Conflict));
        QVERIFY(checks[4].message.contains(u"line 5 asks for Sergeant (rank 30)"_s));
        QCOMPARE(int(checks[5].status), int(Status::Ready));

        const ImportSummary summary = ImportValidator::summarise(checks);
        QCOMPARE(summary.count(Status::Ready), 2);
        QCOMPARE(summary.count(Status::Duplicate), 2);
        QCOMPARE(summary.count(Status::Conflict), 2);
        QCOMPARE(summary.readyPerTargetRank, (QMap<int, int>{{20, 1}, {40, 1}}));

        const QList<BatchItem> items = ImportValidator::batchItems(checks);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].sourceLine, 2);
        QCOMPARE(items[0].expectedRoleId, 9003);
        QCOMPARE(items[0].targetRoleId, 9004);
        QCOMPARE(items[0].action, u"set-rank"_s);
        QCOMPARE(items[1].sourceLine, 7);
    }

    void perRowReasonAndAction()
    {
        const QList<ImportCheck> checks = validator().validate({line(2, u"1001"_s, u"promote"_s, u" passed the exam "_s), line(3, u"1003"_s, u"-1"_s)});
        QCOMPARE(checks[0].reason, u"passed the exam"_s);
        QCOMPARE(checks[0].action, u"promote"_s);
        QCOMPARE(checks[1].action, u"demote"_s);
    }

    void readerErrorsBecomeInvalidRows()
    {
        ImportLine broken = line(9, {}, {});
        broken.error = u"Lines 9–12 could not be read: the quote opened on line 9 never closes."_s;
        const QList<ImportCheck> checks = validator().validate({broken});
        QCOMPARE(int(checks[0].status), int(Status::Invalid));
        QCOMPARE(checks[0].line, 9);
        QCOMPARE(checks[0].message, broken.error);
    }

    void lookupsAskOnlyForStrangers()
    {
        ImportValidator v(RankRules(roles()), roster(), {});
        const QList<ImportLine> lines{line(2, u"alpha_one"_s, u"20"_s), line(3, u"New_Person"_s, u"20"_s), line(4, u"new_person"_s, u"20"_s),
                                      line(5, u"1001"_s, u"20"_s), line(6, u"777"_s, u"20"_s), line(7, u"roblox.com/users/777/profile"_s, u"20"_s)};
        QCOMPARE(v.strangers(lines).names, QStringList{u"New_Person"_s});
        QCOMPARE(v.strangers(lines).ids, QList<qint64>{777});
        v.addLookups({u"New_Person"_s}, {777}, {{88, u"new_person"_s, u""_s}});
        QVERIFY(v.strangers(lines).names.isEmpty());
        QVERIFY(v.strangers(lines).ids.isEmpty());
        const QList<ImportCheck> checks = v.validate(lines);
        QCOMPARE(checks[1].message, u"new_person is not a member of the group."_s);
        QCOMPARE(checks[4].message, u"No Roblox user has the id 777."_s);
    }
};

QTEST_GUILESS_MAIN(tst_ImportValidator)
#include "tst_importvalidator.moc"
