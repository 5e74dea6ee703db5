#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

namespace tidings::ui {

// The desktop's icon for a freedesktop.org name ("view-refresh"), else the one Tidings bundles under
// :/icons (resources/icons), so the toolbar has pictures on every desktop.
[[nodiscard]] QIcon themedIcon(const QString &name);

// The application's own icon (packaging/org.tidings.Tidings.svg), for the window and the task switcher.
[[nodiscard]] QIcon applicationIcon();

// Colours that carry a meaning (a failure, good news), in a shade that reads on the palette's base:
// darker on a light background, lighter on a dark one.
[[nodiscard]] QColor errorColour(const QPalette &palette);
[[nodiscard]] QColor positiveColour(const QPalette &palette);

} // namespace tidings::ui
