#pragma once

#include "GroupReader.h"
#include "domain/ConnectionProfile.h"

// What each writer does natively and what Rankdesk composes, in one place: the writers report it
// and the profile editor shows it before any connection exists.
WriterCapabilities writerCapabilities(ConnectionProfile::WriterKind kind, bool composeDemote);
QString writerDisplayName(ConnectionProfile::WriterKind kind);
