#include "Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace tidings::language {

QStringList available(const QString &dir)
{
    QStringList names;
    const QStringList files = QDir(dir).entryList({u"tidings_*.qm"_qs}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString name = file.mid(8, file.size() - 8 - 3); // between "tidings_" and ".qm"
        if (!name.isEmpty() && QLocale(name).language() != QLocale::C)
            names.append(name);
    }
    return names;
}

QString nativeName(const QString &name)
{
    // How each language names itself standing alone in a list. CLDR's names do not always fit:
    // "American English" for "en", "español de España" for "es", "中文" without saying which script,
    // "français" in lower case.
    static const QHash<QString, QString> names{
            {u"en"_qs, u"English"_qs}, {u"de"_qs, u"Deutsch"_qs},     {u"fr"_qs, u"Français"_qs},
            {u"es"_qs, u"Español"_qs}, {u"zh_CN"_qs, u"简体中文"_qs}, {u"zh_TW"_qs, u"繁體中文"_qs},
            {u"ja"_qs, u"日本語"_qs},
    };
    if (const auto known = names.constFind(name); known != names.cend())
        return *known;
    const QLocale locale(name);
    const QString text = locale.nativeLanguageName();
    if (text.isEmpty())
        return name;
    return locale.toUpper(text.left(1)) + text.mid(1);
}

QString chosen()
{
    return QSettings().value(QString::fromUtf16(kSettingsKey)).toString();
}

QLocale localeFor(const QString &choice, const QLocale &system)
{
    if (choice.isEmpty())
        return system;
    const QLocale wanted(choice);
    if (wanted.language() == QLocale::C)
        return system;
    const bool sameScript = wanted.script() == system.script() || wanted.language() != QLocale::Chinese;
    if (wanted.language() == system.language() && sameScript)
        return system;
    return wanted;
}

void install(QCoreApplication &app, const QString &dir)
{
    const QLocale locale = localeFor(chosen());
    QLocale::setDefault(locale);
    // Owned by the application, which outlives every string they translate.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_qs, u"_"_qs, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(&app);
    if (own->load(locale, u"tidings"_qs, u"_"_qs, dir) || own->load(u"tidings_en"_qs, dir))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace tidings::language
