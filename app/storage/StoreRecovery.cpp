#include "StoreRecovery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sqlite3.h>

namespace tidings {
namespace {

// The companions SQLite keeps beside a WAL database; they belong to the file they sit beside.
const QStringList kCompanions = {u"-wal"_qs, u"-shm"_qs};

QString sqliteMessage(sqlite3 *db, int code)
{
    return QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
}

// Opens read-only and reads the schema table and the version: cheap whatever the file's size, where
// an integrity check reads every page (minutes for a store of millions of articles).
bool opensAsDatabase(const QString &path)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK;
    ok = ok
            && sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema; PRAGMA user_version", nullptr, nullptr, nullptr)
                    == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

} // namespace

StoreRecovery::Check StoreRecovery::check(const QString &databasePath, int maxProblems)
{
    Check result;
    if (!QFileInfo::exists(databasePath)) {
        result.problems.append(tr("there is no database at %1").arg(databasePath));
        return result;
    }
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(databasePath).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *statement = nullptr;
    if (rc == SQLITE_OK) {
        const QByteArray sql = "PRAGMA integrity_check(" + QByteArray::number(qMax(1, maxProblems)) + ")";
        rc = sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr);
    }
    if (rc != SQLITE_OK) {
        result.problems.append(sqliteMessage(db, rc));
        sqlite3_finalize(statement);
        sqlite3_close(db);
        return result;
    }
    result.opened = true;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const QString line = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        if (line != u"ok")
            result.problems.append(line);
    }
    if (rc != SQLITE_DONE) {
        // Damage bad enough that the check itself stops is a finding too.
        result.problems.append(sqliteMessage(db, rc));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return result;
}

StoreRecovery::Backup StoreRecovery::newestBackup(const QString &databasePath)
{
    // Database::migrate writes "<file>.schema-<N>.bak" before it updates schema N.
    const QFileInfo info(databasePath);
    const QRegularExpression name(u"^"_qs + QRegularExpression::escape(info.fileName())
                                  + u"\\.schema-(\\d+)\\.bak$"_qs);
    Backup newest;
    const QStringList candidates = info.dir().entryList({info.fileName() + u".schema-*.bak"_qs}, QDir::Files);
    for (const QString &candidate : candidates) {
        const auto m = name.match(candidate);
        const int version = m.hasMatch() ? m.captured(1).toInt() : 0;
        if (version <= newest.schemaVersion)
            continue;
        const QString path = info.dir().filePath(candidate);
        // Only a copy that opens is offered; restoreBackup checks it whole before it is used.
        if (!opensAsDatabase(path))
            continue;
        newest = {path, version, QFileInfo(path).lastModified()};
    }
    return newest;
}

QString StoreRecovery::setAside(const QString &databasePath, QString *error)
{
    if (!QFileInfo::exists(databasePath)) {
        *error = tr("there is no database at %1").arg(databasePath);
        return {};
    }
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_qs);
    QString aside = databasePath + u".damaged-"_qs + stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = databasePath + u".damaged-"_qs + stamp + u'-' + QString::number(n);
    if (!QFile::rename(databasePath, aside)) {
        *error = tr("cannot move %1 aside to %2").arg(databasePath, aside);
        return {};
    }
    for (const QString &suffix : kCompanions) {
        if (QFileInfo::exists(databasePath + suffix) && !QFile::rename(databasePath + suffix, aside + suffix)) {
            *error = tr("cannot move %1 aside to %2").arg(databasePath + suffix, aside + suffix);
            return {};
        }
    }
    return aside;
}

bool StoreRecovery::restoreBackup(const QString &databasePath, const QString &backupPath, QString *keptAt,
                                  QString *error)
{
    if (!check(backupPath, 1).ok()) {
        *error = tr("the copy %1 is damaged too").arg(backupPath);
        return false;
    }
    *keptAt = setAside(databasePath, error);
    if (keptAt->isEmpty())
        return false;
    if (!QFile::copy(backupPath, databasePath)) {
        *error = tr("cannot copy %1 to %2").arg(backupPath, databasePath);
        return false;
    }
    return true;
}

bool StoreRecovery::startEmpty(const QString &databasePath, QString *keptAt, QString *error)
{
    *keptAt = setAside(databasePath, error);
    return !keptAt->isEmpty();
}

} // namespace tidings
