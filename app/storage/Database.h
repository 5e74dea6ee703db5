#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

struct sqlite3;

namespace tidings {

// One SQLite connection, configured and migrated. Connections are bound to the thread that opened
// them (a Qt SQL rule), so each thread that touches the store opens its own.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode { ReadWrite, ReadOnly };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) the file and brings its schema up to date. A read-only connection
    // never migrates; it expects a writer to have done so. Returns false with error() set.
    [[nodiscard]] bool open(const QString &path, Mode mode = Mode::ReadWrite);
    void close();

    [[nodiscard]] QSqlDatabase &connection() { return m_db; }
    // The SQLite connection under the Qt one, for what Qt SQL cannot do well (scripts, hot paths).
    [[nodiscard]] sqlite3 *handle() const;
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    // True when open() failed because SQLite finds the file damaged (corrupt, or not a database at
    // all): StoreRecovery says what can be done then.
    [[nodiscard]] bool isDamaged() const { return m_damaged; }

    // A failed statement's error in words a user can act on: a full disk and a damaged file are named as
    // such, whatever SQLite's wording; anything else is SQLite's text.
    [[nodiscard]] static QString describe(const QSqlError &error);
    // The same from an SQLite result code (extended or primary) and SQLite's own text.
    [[nodiscard]] static QString describe(int sqliteCode, const QString &text);

    // The newest schema this build knows.
    [[nodiscard]] static int latestSchemaVersion();

    // Executes a script of several statements (triggers included) in the current transaction state.
    [[nodiscard]] bool execScript(const QByteArray &sql);
    [[nodiscard]] bool exec(const QString &sql);

private:
    bool configure(Mode mode);
    bool migrate();
    void noteError(const QSqlError &error);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_error;
    QString m_damage; // SQLite's own words for the damage
    int m_schemaVersion = 0;
    bool m_damaged = false;
};

} // namespace tidings
