#include "CliSupport.h"

#include "storage/DataLocation.h"
#include "storage/Store.h"
#include "storage/StoreRecovery.h"

#include <QLocale>

namespace tidings::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message, int code)
{
    err() << "tidings: " << message << Qt::endl;
    return code;
}

std::optional<DocumentKind> kindFromName(const QString &name, bool *ok)
{
    *ok = true;
    if (name.isEmpty())
        return std::nullopt;
    for (DocumentKind kind : {DocumentKind::Articles, DocumentKind::Comments, DocumentKind::Products}) {
        if (name == kindName(kind))
            return kind;
    }
    *ok = false;
    return std::nullopt;
}

bool openStore(Store &store, const QString &dataDir)
{
    const QString path = databasePath(dataDirectory(dataDir));
    if (path.isEmpty()) {
        fail(CommandLine::tr("cannot create the data folder %1").arg(dataDirectory(dataDir)));
        return false;
    }
    if (!store.open(path)) {
        fail(store.error());
        if (store.isDamaged())
            err() << damagedStoreAdvice(path) << Qt::flush;
        return false;
    }
    return true;
}

QString damagedStoreAdvice(const QString &databasePath)
{
    const StoreRecovery::Backup backup = StoreRecovery::newestBackup(databasePath);
    QString advice
            = CommandLine::tr("Nothing was changed. What you can do (the damaged file is kept aside, never deleted):\n"
                              "  tidings check                     what SQLite finds wrong with it\n");
    if (!backup.path.isEmpty()) {
        advice += CommandLine::tr("  tidings recover --restore-backup  go back to the copy made on %1\n")
                          .arg(QLocale().toString(backup.madeAt, QLocale::ShortFormat));
    }
    advice += CommandLine::tr("  tidings recover --start-empty     start again with an empty database\n");
    return advice;
}

CommandParser::CommandParser(const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption(dataDir);
}

std::optional<int> CommandParser::parse(const QStringList &arguments, const QString &command)
{
    QStringList args = arguments;
    args.removeOne(command);
    if (!parser.parse(args)) {
        err() << "tidings " << command << ": " << parser.errorText() << Qt::endl;
        return CommandLine::Failure;
    }
    if (parser.isSet(u"help"_qs)) {
        out() << parser.helpText();
        out().flush();
        return CommandLine::Success;
    }
    return std::nullopt;
}

} // namespace tidings::cli
