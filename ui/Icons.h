#pragma once

#include <QIcon>
#include <QString>

namespace tidings::ui {

// The desktop's icon for a freedesktop.org name ("view-refresh"), else the one Tidings bundles under
// :/icons (resources/icons), so the toolbar has pictures on every desktop.
[[nodiscard]] QIcon themedIcon(const QString &name);

// The application's own icon (packaging/org.tidings.Tidings.svg), for the window and the task switcher.
[[nodiscard]] QIcon applicationIcon();

} // namespace tidings::ui
