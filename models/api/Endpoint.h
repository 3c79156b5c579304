#pragma once

#include <QUrl>
#include <QUrlQuery>

// Joins a provider base URL (which may carry a path prefix) with an endpoint path and query.
inline QUrl endpointUrl(QUrl base, const QString &path, const QUrlQuery &query = {})
{
    QString basePath = base.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    base.setPath(basePath + path);
    if (!query.isEmpty())
        base.setQuery(query);
    return base;
}
