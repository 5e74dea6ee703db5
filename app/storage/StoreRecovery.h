#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace tidings {

// What can be done with a database file that SQLite finds damaged (a truncated or overwritten file,
// a bad sector). Nothing here deletes a file: the damaged one is always kept aside, renamed, so that
// it can still be rescued by hand.
class StoreRecovery
{
    Q_DECLARE_TR_FUNCTIONS(StoreRecovery)

public:
    struct Check
    {
        bool opened = false; // false: SQLite could not read the file at all (problems says why)
        QStringList problems; // empty when the file is sound
        [[nodiscard]] bool ok() const { return opened && problems.isEmpty(); }
    };

    struct Backup
    {
        QString path; // empty when there is none
        int schemaVersion = 0;
        QDateTime madeAt;
    };

    // SQLite's integrity check on the file, read-only; at most maxProblems lines.
    [[nodiscard]] static Check check(const QString &databasePath, int maxProblems = 20);
    // The newest copy the store made of itself before a schema update that opens as a database (a cheap
    // look, not a check of every page: restoreBackup does that before it uses the copy).
    [[nodiscard]] static Backup newestBackup(const QString &databasePath);

    // Renames the file and its -wal and -shm companions to "<name>.damaged-<time>"; returns the new
    // name of the database file, or an empty string with *error set (also when there is no file).
    [[nodiscard]] static QString setAside(const QString &databasePath, QString *error);
    // Sets the damaged file aside and puts a copy of the backup in its place (the backup stays).
    [[nodiscard]] static bool restoreBackup(const QString &databasePath, const QString &backupPath, QString *keptAt,
                                            QString *error);
    // Sets the damaged file aside; the next open creates an empty store.
    [[nodiscard]] static bool startEmpty(const QString &databasePath, QString *keptAt, QString *error);
};

} // namespace tidings
