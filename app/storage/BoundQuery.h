#pragma once

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace tidings {

// Prepares sql on the query's connection, binds values in order and runs it. On failure error holds
// the reason and the result is false. For statements that run now and then; hot paths keep their
// statements prepared (Store).
[[nodiscard]] inline bool execBound(QSqlQuery &query, const QString &sql, const QVariantList &values, QString &error)
{
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (query.exec())
        return true;
    error = Database::describe(query.lastError());
    return false;
}

} // namespace tidings
