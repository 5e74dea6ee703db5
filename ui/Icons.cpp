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

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

QColor errorColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x6b) : QColor(0xc0, 0x39, 0x2b);
}

QColor positiveColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x5f, 0xd0, 0x8a) : QColor(0x1e, 0x84, 0x49);
}

} // namespace tidings::ui
