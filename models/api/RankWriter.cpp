#include "Async.h"
#include "GroupReader.h"

QFuture<Result<WriteReceipt>> RankWriter::step(qint64, bool up, const QString &)
{
    return Async::ready(Result<WriteReceipt>(ApiError::local(
        ApiError::Kind::Invalid, QStringLiteral("rankdesk.not-native"),
        up ? ApiError::tr("%1 has no promote operation.").arg(displayName())
           : ApiError::tr("%1 has no demote operation.").arg(displayName()))));
}
