#include <QtTest>

// The keychain through tidings::accounts::Keychain, on D-Bus sessions of the test's own making
// (dbus-run-session with a configuration that activates nothing): one where no secret service runs,
// and one where a throwaway GNOME Keyring, unlocked with a password from the test, keeps the secrets
// in a temporary folder. keychain_helper performs each operation in its own process, as the window
// and the command line would. The user's own keychain is never reached.
//
// Where dbus-run-session or gnome-keyring-daemon is missing the test reports
// "secret service unavailable: ..." and CTest lists it as skipped, never as passed; with
// TIDINGS_REQUIRE_KEYCHAIN=1 (CI, where ./dev installs them) it fails instead.
#define SKIP_UNLESS_REQUIRED(why) \
    do { \
        if (qEnvironmentVariableIntValue("TIDINGS_REQUIRE_KEYCHAIN") == 1) \
            QFAIL(qPrintable(QStringLiteral("the keychain test is required, but ") + (why))); \
        QSKIP(qPrintable(QStringLiteral("secret service unavailable: ") + (why))); \
    } while (false)

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_busLauncher = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        if (m_busLauncher.isEmpty())
            SKIP_UNLESS_REQUIRED(QStringLiteral("dbus-run-session is not installed (Debian: dbus-daemon)"));

        // A session bus that starts no services: only what the test runs on it is there.
        const QString services = m_dir.filePath(QStringLiteral("services"));
        QVERIFY(QDir().mkpath(services));
        QFile config(m_dir.filePath(QStringLiteral("session.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
                QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                               " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                               "<busconfig>\n"
                               "  <type>session</type>\n"
                               "  <listen>unix:tmpdir=%1</listen>\n"
                               "  <servicedir>%2</servicedir>\n"
                               "  <policy context=\"default\">\n"
                               "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                               "    <allow eavesdrop=\"true\"/>\n"
                               "    <allow own=\"*\"/>\n"
                               "  </policy>\n"
                               "</busconfig>\n")
                        .arg(m_dir.path(), services)
                        .toUtf8());
        config.close();
        m_config = config.fileName();
    }

    void busWithoutSecretService_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("store") << QStringList{QStringLiteral("store"), QStringLiteral("k"), QStringLiteral("pw")};
        QTest::newRow("read") << QStringList{QStringLiteral("read"), QStringLiteral("k")};
    }

    void busWithoutSecretService()
    {
        QFETCH(QStringList, arguments);
        const Run run = onPrivateBus(QStringList{QStringLiteral(TIDINGS_KEYCHAIN_HELPER)} + arguments);
        QCOMPARE(run.output,
                 QStringLiteral("error NoKeychain: No keychain service is running (Secret Service or KWallet); use "
                                "--password-file or --password-command to give the password.\n"));
        QCOMPARE(run.exitCode, 1);
    }

    void roundTrip()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty())
            SKIP_UNLESS_REQUIRED(QStringLiteral("gnome-keyring-daemon is not installed (Debian: gnome-keyring)"));
        if (QStandardPaths::findExecutable(QStringLiteral("gdbus")).isEmpty())
            SKIP_UNLESS_REQUIRED(QStringLiteral("gdbus is not installed (Debian: libglib2.0-bin)"));

        // The daemon's --unlock creates the login keyring (in XDG_DATA_HOME, the test's folder) with the
        // password it reads, and returns before it owns its bus name: gdbus waits for that name.
        const QString key = QStringLiteral("alice@https://rss.example/tt-rss");
        const QString script = QStringLiteral(
                "printf '%s' throwaway-unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null "
                "2>\"$5\" || exit 77\n"
                "gdbus wait --session --timeout 20 org.freedesktop.secrets 2>>\"$5\" || exit 78\n"
                "h=$1\n"
                "\"$h\" store \"$2\" \"$3\"\n"
                "\"$h\" read-on-worker \"$2\"\n"
                "\"$h\" read \"$2\"\n"
                "\"$h\" read-parallel \"$2\"\n"
                "\"$h\" read-async \"$2\"\n"
                "\"$h\" store \"$2\" \"$4\"\n"
                "\"$h\" read \"$2\"\n"
                "\"$h\" remove \"$2\"\n"
                "\"$h\" read \"$2\"\n"
                "\"$h\" remove \"$2\"\n"
                "exit 0\n");
        const QString daemonErrors = m_dir.filePath(QStringLiteral("daemon-errors"));
        const QString first = QStringLiteral("correct horse \u00e4 battery");
        const QString second = QStringLiteral("rotated-2");
        const Run run = onPrivateBus({QStringLiteral("/bin/sh"), QStringLiteral("-c"), script, QStringLiteral("sh"),
                                      QStringLiteral(TIDINGS_KEYCHAIN_HELPER), key, first, second, daemonErrors});
        if (run.exitCode == 77 || run.exitCode == 78) {
            QFile errors(daemonErrors);
            const QString said
                    = errors.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(errors.readAll()).trimmed() : QString();
            const QString why = run.exitCode == 77 ? QStringLiteral("gnome-keyring-daemon --unlock failed")
                                                   : QStringLiteral("the secret service did not appear on the bus");
            SKIP_UNLESS_REQUIRED(QStringLiteral("%1: %2").arg(why, said));
        }
        QCOMPARE(run.exitCode, 0);
        const QStringList expected = {
                QStringLiteral("ok"),
                QStringLiteral("ok ") + first, // read on a worker thread, as a sync does
                QStringLiteral("ok ") + first, // read on the main thread, as the command line does
                QStringLiteral("ok ") + first, // eight syncs at once, each on a thread of its own
                QStringLiteral("ok ") + first, // as the window reads: a future, watched from the event loop
                QStringLiteral("ok"), // stored again: replaced
                QStringLiteral("ok ") + second,
                QStringLiteral("ok"),
                QStringLiteral("error NotStored: The keychain holds no password for %1.").arg(key),
                QStringLiteral("ok"), // removing what is not there
        };
        QCOMPARE(run.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts), expected);
    }

private:
    struct Run
    {
        QString output;
        int exitCode = -1;
    };

    Run onPrivateBus(const QStringList &command)
    {
        const QString home = m_dir.filePath(QStringLiteral("home"));
        const QString runtime = m_dir.filePath(QStringLiteral("run"));
        QDir().mkpath(home);
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_CURRENT_DESKTOP",
                                 "DESKTOP_SESSION", "KDE_FULL_SESSION", "KDE_SESSION_VERSION",
                                 "GNOME_DESKTOP_SESSION_ID", "GNOME_KEYRING_CONTROL", "QTKEYCHAIN_BACKEND"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        // GLib keeps a few bytes for the life of a process whose bus connection failed.
        env.insert(QStringLiteral("LSAN_OPTIONS"), QStringLiteral("suppressions=" TIDINGS_KEYCHAIN_LSAN));

        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(m_busLauncher,
                      QStringList{QStringLiteral("--config-file=") + m_config, QStringLiteral("--")} + command);
        Run run;
        if (!process.waitForFinished(120'000)) {
            process.kill();
            process.waitForFinished();
            qWarning() << "timed out:" << command.first();
            return run;
        }
        run.output = QString::fromUtf8(process.readAllStandardOutput());
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return run;
    }

    QTemporaryDir m_dir;
    QString m_busLauncher;
    QString m_config;
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
