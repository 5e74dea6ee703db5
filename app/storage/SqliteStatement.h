#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace tidings {

// One prepared statement on a raw SQLite connection, for the import's hot path: Qt SQL binds every
// value through a QVariant and hands SQLite UTF-16 that it then converts, which cost measurable time
// per row on the storage thread. Here text arrives as UTF-8, encoded on the parser thread.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    [[nodiscard]] bool isValid() const { return m_stmt != nullptr; }

    // The bound bytes must stay alive until step() returns (they are not copied).
    void bindText(int index, const QByteArray &utf8); // NULL when utf8 is null
    void bindRequiredText(int index, const QByteArray &utf8); // '' when utf8 is null
    void bindBlob(int index, const QByteArray &bytes);
    void bindInt64(int index, qint64 value);
    void bindNull(int index);

    // Runs the statement to completion and resets it. False on error; error() says why.
    [[nodiscard]] bool exec();
    [[nodiscard]] QString error() const;
    // The last step's SQLite result code (extended), for Database::describe.
    [[nodiscard]] int resultCode() const { return m_lastCode; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_lastCode = 0;
};

} // namespace tidings
