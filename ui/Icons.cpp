#include "Icons.h"

#include <QFile>

namespace tidings::ui {

QIcon themedIcon(const QString &name)
{
    const QString bundled = u":/icons/"_qs + name + u".svg"_qs;
    return QIcon::fromTheme(name, QFile::exists(bundled) ? QIcon(bundled) : QIcon());
}

QIcon applicationIcon()
{
    // Installed, the desktop finds it by name in hicolor; run from the build tree, the bundled copy.
    return QIcon::fromTheme(u"org.tidings.Tidings"_qs, QIcon(u":/icons/org.tidings.Tidings.svg"_qs));
}

} // namespace tidings::ui
