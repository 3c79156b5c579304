#pragma once

#include <QString>

// Who is at the keyboard and on which machine: names a batch's runner to colleagues sharing a
// history ("alice@pc-2 (pid 4121)") and each PostgreSQL connection.
namespace Operator {
// "alice@pc-2": the login name and the machine's host name.
QString name();
// "alice@pc-2 (pid 4121)": this process.
QString processLabel();
} // namespace Operator
