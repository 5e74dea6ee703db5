#include "DataLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace tidings {

QString dataDirectory(const QString &commandLineDir)
{
    if (!commandLineDir.isEmpty())
        return QDir(commandLineDir).absolutePath();
    const QString fromEnvironment = qEnvironmentVariable("TIDINGS_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString cacheDirectory(const QString &dataDir)
{
    if (QDir(dataDir) == QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)))
        return QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return QDir(dataDir).filePath(u"cache"_qs);
}

QString databasePath(const QString &dataDir)
{
    if (dataDir.isEmpty() || !QDir().mkpath(dataDir))
        return {};
    return QDir(dataDir).filePath(u"tidings.sqlite"_qs);
}

} // namespace tidings
