#include "Operator.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace Operator {

QString name()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    return user + u'@' + QSysInfo::machineHostName();
}

QString processLabel()
{
    return QCoreApplication::translate("Operator", "%1 (pid %2)").arg(name()).arg(QCoreApplication::applicationPid());
}

} // namespace Operator
