#pragma once

#include <QProcess>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

namespace tidings::test {

// What one run of the real `tidings` command line did.
struct TidingsRun
{
    int exitCode = -1; // -1: it crashed or did not finish
    QString out;
    QString err;
};

// Runs `tidings --data-dir DATADIR ARGUMENTS...` and waits for it (the event loop runs meanwhile, so
// servers in the test keep answering).
// Standard input gives input, then ends.
inline TidingsRun runTidings(const QString &dataDir, const QStringList &arguments,
                             const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                             const QByteArray &input = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    QSignalSpy done(&p, &QProcess::finished);
    p.start(QStringLiteral(TIDINGS_EXECUTABLE), QStringList{u"--data-dir"_qs, dataDir} + arguments);
    if (p.waitForStarted(10000)) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (!done.wait(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace tidings::test
