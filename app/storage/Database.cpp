#include "Database.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <algorithm>
#include <optional>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcDatabase, "tidings.database", QtWarningMsg)

namespace tidings {
namespace {

// Migration N is resources/migrations/000N_*.sql, compiled in as :/migrations/N.sql.
QString migrationResource(int version)
{
    return u":/migrations/%1.sql"_qs.arg(version);
}

} // namespace

sqlite3 *Database::handle() const
{
    if (!m_db.isOpen())
        return nullptr;
    const QVariant v = m_db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    int version = 0;
    while (QFile::exists(migrationResource(version + 1)))
        ++version;
    return version;
}

bool Database::open(const QString &path, Mode mode)
{
    close();
    m_damaged = false;
    m_damage.clear();
    m_path = path;
    m_connectionName = u"tidings-"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, m_connectionName);
    m_db.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_qs);
    if (!m_db.open()) {
        m_error = tr("cannot open the database %1: %2").arg(path, m_db.lastError().text());
        return false;
    }
    if (!configure(mode) || (mode == Mode::ReadWrite && !migrate())) {
        if (m_damaged)
            m_error = tr("the database %1 is damaged: %2").arg(path, m_damage);
        return false;
    }
    if (mode == Mode::ReadWrite)
        return true;
    QSqlQuery q(m_db);
    if (q.exec(u"PRAGMA user_version"_qs) && q.next())
        m_schemaVersion = q.value(0).toInt();
    return true;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        noteError(q.lastError());
        m_error = q.lastError().text();
        qCWarning(lcDatabase) << sql << m_error;
        return false;
    }
    return true;
}

namespace {

// A full disk and a damaged file in words a user can act on; nothing for other failures.
std::optional<QString> namedFailure(int sqliteCode, const QString &text)
{
    // Extended result codes carry the primary code in their low byte.
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL:
        return Database::tr("the disk is full");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Database::tr("the database file is damaged (%1)").arg(text);
    default:
        return std::nullopt;
    }
}

} // namespace

QString Database::describe(const QSqlError &error)
{
    return namedFailure(error.nativeErrorCode().toInt(), error.databaseText()).value_or(error.text());
}

QString Database::describe(int sqliteCode, const QString &text)
{
    return namedFailure(sqliteCode, text).value_or(text);
}

void Database::noteError(const QSqlError &error)
{
    // Extended result codes carry the primary code in their low byte.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
        m_damaged = true;
        m_damage = error.databaseText();
    }
}

bool Database::execScript(const QByteArray &sql)
{
    // QSqlQuery runs one statement; migrations hold many, and triggers contain semicolons, so the
    // script goes to SQLite whole.
    sqlite3 *const db = handle();
    if (!db) {
        m_error = tr("the SQLite driver gave no connection handle");
        return false;
    }
    char *message = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        m_error = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        return false;
    }
    return true;
}

bool Database::configure(Mode mode)
{
    // WAL: readers (the window) never wait for the writer (an import), and a crash loses nothing
    // that was committed. NORMAL is durable in WAL mode up to the last checkpointed commit, and
    // fsyncs far less than FULL; never OFF, which could undo a read mark or a queued comment.
    // foreign_keys: SQLite leaves them off unless asked, and the schema relies on cascades.
    // busy_timeout: a second process (the CLI while the app runs) waits instead of failing at once.
    QStringList pragmas = {u"PRAGMA foreign_keys = ON"_qs, u"PRAGMA busy_timeout = 5000"_qs};
    // page_size (only takes effect on a new file): article rows average about 4 KB, which spill
    // into overflow pages at SQLite's default 4 KiB; 16 KiB holds them (import measured 15% faster).
    if (mode == Mode::ReadWrite) {
        pragmas.prepend(u"PRAGMA journal_mode = WAL"_qs);
        pragmas.prepend(u"PRAGMA page_size = 16384"_qs);
        pragmas.append(u"PRAGMA synchronous = NORMAL"_qs);
    }
    if (!std::ranges::all_of(pragmas, [this](const QString &p) { return exec(p); })) {
        m_error = tr("cannot configure the database %1: %2").arg(m_path, m_error);
        return false;
    }
    return true;
}

bool Database::migrate()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA user_version"_qs) || !q.next()) {
        noteError(q.lastError());
        m_error = tr("%1 is not a Tidings database: %2").arg(m_path, q.lastError().text());
        return false;
    }
    m_schemaVersion = q.value(0).toInt();
    q.finish();
    const int latest = latestSchemaVersion();
    if (m_schemaVersion > latest) {
        m_error = tr("%1 was written by a newer Tidings (schema %2; this version knows up to %3). "
                     "Update Tidings to open it.")
                          .arg(m_path)
                          .arg(m_schemaVersion)
                          .arg(latest);
        return false;
    }
    if (m_schemaVersion == latest)
        return true;

    // A database with data is copied aside first, so a failed or buggy migration can be undone.
    if (m_schemaVersion > 0) {
        const QString backup = u"%1.schema-%2.bak"_qs.arg(m_path).arg(m_schemaVersion);
        QFile::remove(backup);
        QSqlQuery vacuum(m_db);
        vacuum.prepare(u"VACUUM INTO ?"_qs);
        vacuum.addBindValue(backup);
        if (!vacuum.exec()) {
            m_error = tr("cannot copy the database aside before updating it: %1").arg(vacuum.lastError().text());
            return false;
        }
        qCInfo(lcDatabase) << "copied" << m_path << "to" << backup << "before migrating";
    }

    for (int version = m_schemaVersion + 1; version <= latest; ++version) {
        QFile file(migrationResource(version));
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = tr("migration %1 is missing from this build").arg(version);
            return false;
        }
        // The step and its version bump commit together or not at all.
        const QByteArray script = "BEGIN IMMEDIATE;\n" + file.readAll()
                + "\nPRAGMA user_version = " + QByteArray::number(version) + ";\nCOMMIT;";
        if (!execScript(script)) {
            const QString reason = m_error;
            (void)execScript("ROLLBACK");
            m_error = tr("cannot update the database to schema %1: %2").arg(version).arg(reason);
            return false;
        }
        m_schemaVersion = version;
        qCInfo(lcDatabase) << "migrated" << m_path << "to schema" << version;
    }
    return true;
}

} // namespace tidings
