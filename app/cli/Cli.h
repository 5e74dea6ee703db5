#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tidings {

// The headless command line: tidings parse | import | search | stats, --help, --version.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // Exit codes, documented in the README.
    enum Exit { Success = 0, Failure = 1, PartialFailure = 2 };

    // True when the arguments name a headless command (or --help/--version) rather than the window.
    [[nodiscard]] static bool isHeadless(const QStringList &arguments);

    // The --data-dir value, wherever it stands; empty when not given.
    [[nodiscard]] static QString dataDirArgument(const QStringList &arguments);

    // Runs the command in arguments (argv as QStringList) and returns the exit code.
    [[nodiscard]] static int run(const QStringList &arguments);
};

} // namespace tidings
