// The tidings executable: the headless command line when given a command, the window otherwise.
#include "Gui.h"
#include "cli/Cli.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

void installTranslators(QCoreApplication &app)
{
    // Owned by the application, which outlives every string they translate.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_qs, u"_"_qs, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    // Without a translation for the user's language (or under the C locale) English plural forms still
    // apply: "1 image", not "1 image(s)".
    if (own->load(QLocale(), u"tidings"_qs, u"_"_qs, u":/i18n"_qs) || own->load(u"tidings_en"_qs, u":/i18n"_qs))
        QCoreApplication::installTranslator(own);
}

} // namespace

int main(int argc, char *argv[])
{
    // Names first: they decide the data folder (~/.local/share/Tidings/Tidings) and the settings file
    // (~/.config/Tidings/Tidings.conf); without an organisation QSettings would use "Unknown Organization".
    QCoreApplication::setOrganizationName(u"Tidings"_qs);
    QCoreApplication::setApplicationName(u"Tidings"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(TIDINGS_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (tidings::CommandLine::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        installTranslators(app);
        return tidings::CommandLine::run(QCoreApplication::arguments());
    }
    return tidings::ui::runWindow(argc, argv, tidings::CommandLine::dataDirArgument(arguments), installTranslators);
}
