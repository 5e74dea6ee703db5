#pragma once

#include "Importer.h"

namespace tidings {

// The bundled demo publication (resources/demo): its articles, their comment threads and its shop,
// imported under the URLs it would have on the network so that nothing distinguishes it later.
[[nodiscard]] ImportResult importDemoSite(Store &store);

// True when the store holds no site at all: a first start.
[[nodiscard]] bool isEmptyStore(Store &store);

} // namespace tidings
