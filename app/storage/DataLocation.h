#pragma once

#include <QString>

namespace tidings {

// Where the database lives: --data-dir, else $TIDINGS_DATA_DIR, else the platform's application
// data folder (~/.local/share/Tidings/Tidings on Linux).
[[nodiscard]] QString dataDirectory(const QString &commandLineDir = {});

// Where caches of a data directory go (remote images): the platform's cache folder
// (~/.cache/Tidings/Tidings) for the standard data folder; a "cache" folder inside any other, so a
// --data-dir keeps everything it made in one place.
[[nodiscard]] QString cacheDirectory(const QString &dataDir);

// The database file inside the data directory, which is created when missing. Empty on failure.
[[nodiscard]] QString databasePath(const QString &dataDir);

} // namespace tidings
