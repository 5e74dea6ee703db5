#pragma once

#include <QString>

namespace tidings {

// Where the database lives: --data-dir, else $TIDINGS_DATA_DIR, else the platform's application
// data folder (~/.local/share/Tidings/Tidings on Linux).
[[nodiscard]] QString dataDirectory(const QString &commandLineDir = {});

// The database file inside the data directory, which is created when missing. Empty on failure.
[[nodiscard]] QString databasePath(const QString &dataDir);

} // namespace tidings
