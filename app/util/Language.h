#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace tidings::language {

// The QSettings key of the language chosen in Preferences: a locale name ("de", "zh_CN"), or empty
// (or absent) for the system's.
inline constexpr char16_t kSettingsKey[] = u"preferences/language";

// The languages Tidings ships a translation for, as locale names ("de", "en", "zh_CN"), sorted: one
// for each tidings_NAME.qm in dir (the translations embedded under :/i18n), so the choice in
// Preferences follows what is built in.
[[nodiscard]] QStringList available(const QString &dir = u":/i18n"_qs);

// The language's name in itself, as its speakers write it in a list: "Deutsch", "Français", "简体中文".
[[nodiscard]] QString nativeName(const QString &name);

// The language chosen in Preferences (QSettings), empty for the system's.
[[nodiscard]] QString chosen();

// The locale that texts, dates and numbers follow for a choice: the system's for none, and also when
// the system already speaks the chosen language (so en_GB keeps its dates when English is chosen).
[[nodiscard]] QLocale localeFor(const QString &choice, const QLocale &system = QLocale::system());

// Loads and installs Qt's and Tidings' translations for the chosen language (else the system's),
// from dir, and makes that locale the default. Without a translation for it, the English plural
// forms still apply ("1 image", not "1 image(s)").
void install(QCoreApplication &app, const QString &dir = u":/i18n"_qs);

} // namespace tidings::language
