// The tidings executable: the headless command line when given a command, the window otherwise.
#include "Gui.h"
#include "cli/Cli.h"
#include "util/Language.h"

#include <QCoreApplication>

namespace {

void installTranslators(QCoreApplication &app)
{
    // The language chosen in Preferences, else the system's (a choice applies at the next start).
    tidings::language::install(app);
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
