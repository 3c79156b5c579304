#include "HostileServer.h"

#include <QUrlQuery>

namespace TestSupport {

QByteArray queryItem(const QByteArray &target, const QString &name)
{
    return QUrlQuery(QUrl(QString::fromUtf8(target)).query()).queryItemValue(name, QUrl::FullyDecoded).toUtf8();
}

} // namespace TestSupport
