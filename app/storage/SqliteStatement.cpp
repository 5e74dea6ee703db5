#include "SqliteStatement.h"

#include <sqlite3.h>

namespace tidings {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (db && sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bindText(int index, const QByteArray &utf8)
{
    if (utf8.isNull())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindRequiredText(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindBlob(int index, const QByteArray &bytes)
{
    sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
}

void SqliteStatement::bindInt64(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool SqliteStatement::exec()
{
    if (!m_stmt) {
        m_lastCode = SQLITE_MISUSE;
        return false;
    }
    int code = SQLITE_ROW;
    while (code == SQLITE_ROW)
        code = sqlite3_step(m_stmt);
    m_lastCode = code;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return code == SQLITE_DONE;
}

QString SqliteStatement::error() const
{
    if (!m_stmt)
        return QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "no database");
    return QString::fromUtf8(sqlite3_errstr(m_lastCode));
}

} // namespace tidings
