#include "ImportChecker.h"

#include <QPromise>

ImportChecker::ImportChecker(UserDirectory *users, QObject *parent) : QObject(parent), m_users(users) { }

QFuture<Result<QList<ImportCheck>>> ImportChecker::check(const ImportValidator &base, const QList<ImportLine> &lines)
{
    auto validator = std::make_shared<ImportValidator>(base);
    validator->addLookups(m_queriedNames, m_queriedIds, m_found);
    const ImportValidator::Strangers strangers = validator->strangers(lines);
    const QStringList names = strangers.names;
    const QList<qint64> ids = strangers.ids;
    auto promise = std::make_shared<QPromise<Result<QList<ImportCheck>>>>();
    QFuture<Result<QList<ImportCheck>>> future = promise->future();
    promise->start();
    const auto finish = [this, validator, lines, names, ids, promise](const QList<UserIdentity> &found) {
        m_queriedNames += names;
        m_queriedIds += ids;
        m_found += found;
        validator->addLookups(names, ids, found);
        promise->addResult(validator->validate(lines));
        promise->finish();
    };
    const auto fail = [promise](const ApiError &error) {
        // GCC 12 at -O2 sees the disengaged optional inside Result as "maybe uninitialized": a known
        // false positive (GCC bug 80635).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
        promise->addResult(Result<QList<ImportCheck>>(error));
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
        promise->finish();
    };
    const auto lookUpIds = [this, ids, finish, fail](QList<UserIdentity> found) {
        if (ids.isEmpty()) {
            finish(found);
            return;
        }
        m_users->lookupIds(ids).then(this, [finish, fail, found](const Result<QList<UserIdentity>> &byId) mutable {
            if (!byId) {
                fail(byId.error());
                return;
            }
            found += byId.value();
            finish(found);
        });
    };
    if (names.isEmpty()) {
        lookUpIds({});
    } else {
        m_users->lookupUsernames(names).then(this, [lookUpIds, fail](const Result<QList<UserIdentity>> &byName) {
            if (!byName)
                fail(byName.error());
            else
                lookUpIds(byName.value());
        });
    }
    return future;
}
