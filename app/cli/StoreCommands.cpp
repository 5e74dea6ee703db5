// tidings check | recover
#include "CliSupport.h"

#include "storage/DataLocation.h"
#include "storage/StoreRecovery.h"

#include <QLocale>

namespace tidings::cli {

int runCheck(const QStringList &arguments)
{
    CommandParser cp(CommandLine::tr("Run SQLite's integrity check on the database and report what it finds."));
    if (const auto code = cp.parse(arguments, u"check"_qs))
        return *code;
    const QString path = databasePath(dataDirectory(cp.parser.value(cp.dataDir)));
    const StoreRecovery::Check check = StoreRecovery::check(path);
    if (check.ok()) {
        out() << CommandLine::tr("%1: sound (SQLite's integrity check found nothing wrong)").arg(path) << Qt::endl;
        return CommandLine::Success;
    }
    err() << CommandLine::tr("%1 is damaged:").arg(path) << Qt::endl;
    for (const QString &problem : check.problems)
        err() << "  " << problem << Qt::endl;
    err() << damagedStoreAdvice(path) << Qt::flush;
    return CommandLine::Failure;
}

int runRecover(const QStringList &arguments)
{
    CommandParser cp(CommandLine::tr("Set a damaged database aside and go on from a copy or from an empty database."));
    const QCommandLineOption restoreOption(u"restore-backup"_qs,
                                           CommandLine::tr("Go back to the copy made before the last schema update."));
    const QCommandLineOption emptyOption(u"start-empty"_qs, CommandLine::tr("Start again with an empty database."));
    cp.parser.addOptions({restoreOption, emptyOption});
    if (const auto code = cp.parse(arguments, u"recover"_qs))
        return *code;
    if (cp.parser.isSet(restoreOption) == cp.parser.isSet(emptyOption))
        return fail(CommandLine::tr("recover takes one of --restore-backup and --start-empty"));
    const QString path = databasePath(dataDirectory(cp.parser.value(cp.dataDir)));
    // A sound database is never set aside by mistake.
    if (StoreRecovery::check(path, 1).ok())
        return fail(CommandLine::tr("%1 is sound: there is nothing to recover").arg(path));

    QString keptAt;
    QString error;
    if (cp.parser.isSet(restoreOption)) {
        const StoreRecovery::Backup backup = StoreRecovery::newestBackup(path);
        if (backup.path.isEmpty())
            return fail(CommandLine::tr("there is no sound copy of %1 to go back to; "
                                        "tidings recover --start-empty starts again with an empty database")
                                .arg(path));
        if (!StoreRecovery::restoreBackup(path, backup.path, &keptAt, &error))
            return fail(error);
        out() << CommandLine::tr("restored the copy made on %1 (from %2)")
                         .arg(QLocale().toString(backup.madeAt, QLocale::ShortFormat), backup.path)
              << Qt::endl;
    } else {
        if (!StoreRecovery::startEmpty(path, &keptAt, &error))
            return fail(error);
        out() << CommandLine::tr("the next start begins with an empty database") << Qt::endl;
    }
    out() << CommandLine::tr("the damaged file is kept as %1").arg(keptAt) << Qt::endl;
    return CommandLine::Success;
}

} // namespace tidings::cli
