#pragma once

#include "FeedTypes.h"

#include <QJsonObject>

namespace tidings {

// The JSON form of a parse result that `tidings parse` prints. The field names are part of the
// command line's contract and are documented in README.md ("The parse JSON"): change them only with it.
[[nodiscard]] QJsonObject toJson(const ParseResult &result);

} // namespace tidings
