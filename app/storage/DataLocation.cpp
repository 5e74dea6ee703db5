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

QString databasePath(const QString &dataDir)
{
    if (dataDir.isEmpty() || !QDir().mkpath(dataDir))
        return {};
    return QDir(dataDir).filePath(u"tidings.sqlite"_qs);
}

} // namespace tidings
