#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString fixture(const char *name)
{
    return QStringLiteral(TIDINGS_FIXTURES_DIR "/") + QString::fromLatin1(name);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    Run tidings(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TIDINGS_EXECUTABLE), arguments);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    QStringList withData(const QStringList &arguments) const
    {
        return QStringList{u"--data-dir"_qs, m_dir.path()} + arguments;
    }

    QTemporaryDir m_dir;

private slots:
    void helpAndVersion()
    {
        Run r = tidings({u"--help"_qs});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("parse FILE"));
        QVERIFY(r.out.contains("Exit status"));
        r = tidings({u"--version"_qs});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("tidings "));
        r = tidings({u"parse"_qs, u"--help"_qs});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--kind"));
    }

    void usageErrors()
    {
        for (const QStringList &args : {QStringList{u"frobnicate"_qs}, QStringList{u"--bogus"_qs},
                                        QStringList{u"parse"_qs}, QStringList{u"parse"_qs, u"a"_qs, u"b"_qs},
                                        QStringList{u"parse"_qs, fixture("merchant.xml"), u"--kind"_qs, u"poems"_qs},
                                        QStringList{u"search"_qs}}) {
            const Run r = tidings(withData(args));
            QVERIFY2(r.exitCode == 1, qPrintable(args.join(u' ')));
            QVERIFY(r.err.startsWith("tidings"));
            QVERIFY(r.out.isEmpty());
        }
    }

    void parsePrintsStableJson()
    {
        const Run r = tidings(
                {u"parse"_qs, fixture("wordpress-rss.xml"), u"--url"_qs, u"https://gadgets.example/feed/"_qs});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"kind").toString(), u"articles"_qs);
        QCOMPARE(o.value(u"feed").toObject().value(u"format").toString(), u"rss20"_qs);
        QVERIFY(!o.contains(u"malformed"));
        const QJsonObject first = o.value(u"articles").toArray().at(0).toObject();
        QCOMPARE(first.value(u"published").toString(), u"2026-11-23T09:15:00Z"_qs);
        QCOMPARE(first.value(u"commentCount").toInt(), 3);
        QCOMPARE(first.value(u"commentFeedUrl").toString(), u"https://gadgets.example/2026/11/headphone-pads/feed/"_qs);
        QCOMPARE(first.value(u"authors").toArray().at(0).toObject().value(u"name").toString(), u"Ana Silva"_qs);
        QCOMPARE(first.value(u"content").toArray().at(0).toObject().value(u"type").toString(), u"html"_qs);
    }

    void parseProductsAndComments()
    {
        Run r = tidings({u"parse"_qs, fixture("merchant.xml")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject product
                = QJsonDocument::fromJson(r.out).object().value(u"products").toArray().at(0).toObject();
        const QJsonObject price = product.value(u"variants").toArray().at(0).toObject().value(u"price").toObject();
        QCOMPARE(price.value(u"minor").toInteger(), 1799);
        QCOMPARE(price.value(u"currency").toString(), u"USD"_qs);
        QCOMPARE(price.value(u"amount").toString(), u"17.99"_qs);

        r = tidings({u"parse"_qs, fixture("wp-comments.json"), u"--kind"_qs, u"comments"_qs});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray comments = QJsonDocument::fromJson(r.out).object().value(u"comments").toArray();
        QCOMPARE(comments.size(), 3);
        QCOMPARE(comments.at(0).toObject().value(u"parentId").toString(), u"11"_qs);
        QVERIFY(comments.at(1).toObject().value(u"parentId").isNull());
    }

    void parseMalformedSaysWhy()
    {
        const Run r = tidings({u"parse"_qs, fixture("malformed-entities.xml")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(!o.value(u"malformed").toString().isEmpty());
        QCOMPARE(o.value(u"articles").toArray().size(), 2);
    }

    void parseUnreadableInputFailsWithOneLine()
    {
        for (const QString &input : {m_dir.filePath(u"nope.xml"_qs), fixture("not-a-feed.html")}) {
            const Run r = tidings({u"parse"_qs, input});
            QCOMPARE(r.exitCode, 1);
            QVERIFY(r.out.isEmpty());
            QCOMPARE(r.err.count('\n'), 1);
        }
    }

    void importSearchStats()
    {
        Run r = tidings(withData({u"import"_qs, fixture("wordpress-rss.xml"), fixture("rss10.rdf")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("2 new"));
        r = tidings(withData({u"import"_qs, u"--demo"_qs}));
        QCOMPARE(r.exitCode, 0);
        r = tidings(withData({u"search"_qs, u"velour"_qs}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Headphone pads"));
        QVERIFY(r.out.contains("1 match"));
        QVERIFY(!r.out.contains("match(es)")); // English plurals even under the C locale the tests run in
        r = tidings(withData({u"stats"_qs}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("sites: 3"));
        QVERIFY(r.out.contains("articles: 15"));
    }

    void importReportsPartialFailure()
    {
        const Run r = tidings(withData({u"import"_qs, fixture("rss10.rdf"), m_dir.filePath(u"missing.xml"_qs)}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("missing.xml"));
    }

    void dataDirFromEnvironment()
    {
        QTemporaryDir other;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TIDINGS_DATA_DIR"_qs, other.path());
        QCOMPARE(tidings({u"import"_qs, fixture("rss10.rdf")}, env).exitCode, 0);
        QVERIFY(QFile::exists(other.filePath(u"tidings.sqlite"_qs)));
        // --data-dir wins over the environment.
        const Run r = tidings(withData({u"stats"_qs}), env);
        QVERIFY(r.out.contains(m_dir.path().toUtf8()));
    }

    void aDamagedDatabaseIsReportedWithAWayOn()
    {
        QTemporaryDir dir;
        const QStringList data{u"--data-dir"_qs, dir.path()};
        QCOMPARE(tidings(data + QStringList{u"import"_qs, u"--demo"_qs}).exitCode, 0);
        Run r = tidings(data + QStringList{u"check"_qs});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("sound"), r.out.constData());
        r = tidings(data + QStringList{u"recover"_qs, u"--start-empty"_qs});
        QCOMPARE(r.exitCode, 1); // a sound store is never set aside
        QVERIFY(r.err.contains("nothing to recover"));

        const QString path = dir.filePath(u"tidings.sqlite"_qs);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.write(QByteArray(32 * 1024, '\x5a'));
        }
        r = tidings(data + QStringList{u"stats"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("is damaged: file is not a database"), r.err.constData());
        QVERIFY2(r.err.contains("tidings recover --start-empty"), r.err.constData());
        r = tidings(data + QStringList{u"check"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("not a database"));

        r = tidings(data + QStringList{u"recover"_qs, u"--restore-backup"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no sound copy"), r.err.constData());
        r = tidings(data + QStringList{u"recover"_qs, u"--start-empty"_qs});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        const QByteArray keptPrefix = "the damaged file is kept as ";
        QVERIFY2(lines.last().startsWith(keptPrefix), r.out.constData());
        QVERIFY(QFile::exists(QString::fromUtf8(lines.last().mid(keptPrefix.size()))));
        r = tidings(data + QStringList{u"stats"_qs});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("articles: 0"));
    }

    // --help says where the data lives: the folder --data-dir or TIDINGS_DATA_DIR picks, else the default.
    void helpNamesTheDataFolder()
    {
        QTemporaryDir other;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TIDINGS_DATA_DIR"_qs, other.path());
        Run r = tidings({u"--help"_qs}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QByteArray("Data folder: " + other.path().toUtf8() + '\n')), r.out.constData());
        r = tidings(withData({u"--help"_qs}), env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QByteArray("Data folder: " + m_dir.path().toUtf8() + '\n')), r.out.constData());
        // Asking for help creates nothing.
        QVERIFY(QDir(other.path()).isEmpty());
    }

    // The README's command-line synopsis and the commands `tidings --help` lists agree, both ways: every
    // README line is in the help, and every command line of the help is a README line, with nothing more
    // than its description after it.
    void helpAgreesWithReadme()
    {
        QFile readme(QStringLiteral(TIDINGS_README));
        QVERIFY2(readme.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(readme.fileName()));
        const QString text = QString::fromUtf8(readme.readAll());
        const qsizetype section = text.indexOf(u"\n## The command line\n");
        QVERIFY(section >= 0);
        const QString fence = u"```text\n"_qs;
        const qsizetype from = text.indexOf(fence, section) + fence.size();
        const qsizetype to = text.indexOf(u"```"_qs, from);
        QVERIFY(from > fence.size() && to > from);
        QStringList readmeSynopses; // "parse FILE [--url URL] ...", "--help", ...
        for (const QString &line : text.mid(from, to - from).split(u'\n', Qt::SkipEmptyParts)) {
            for (QString synopsis : line.split(u" | "_qs)) {
                synopsis = synopsis.trimmed();
                if (synopsis.startsWith(u"tidings "_qs))
                    synopsis = synopsis.mid(8);
                readmeSynopses.append(synopsis);
            }
        }
        QVERIFY(readmeSynopses.size() > 20);

        QProcessEnvironment english = QProcessEnvironment::systemEnvironment();
        english.insert(u"LC_ALL"_qs, u"C.UTF-8"_qs);
        english.remove(u"LANGUAGE"_qs);
        const Run r = tidings({u"--help"_qs}, english);
        QCOMPARE(r.exitCode, 0);
        const QString help = QString::fromUtf8(r.out);
        for (const QString &synopsis : std::as_const(readmeSynopses))
            QVERIFY2(help.contains(synopsis), qPrintable(u"in the README, not in --help: "_qs + synopsis));

        const qsizetype commands = help.indexOf(u"\nCommands:\n"_qs);
        const qsizetype options = help.indexOf(u"\nOptions:\n"_qs);
        QVERIFY(commands >= 0 && options > commands);
        // After a synopsis on its line comes nothing, or its description: words, not more arguments.
        static const QRegularExpression description(u"^\\s+[A-Z][a-z]"_qs);
        int checked = 0;
        for (const QString &line : help.mid(commands, options - commands).split(u'\n')) {
            // Commands start after two spaces; their descriptions' own lines are indented further.
            if (line.size() < 3 || !line.startsWith(u"  "_qs) || line.at(2).isSpace())
                continue;
            for (const QString &entry : line.trimmed().split(u" | "_qs)) {
                QString longest;
                for (const QString &synopsis : std::as_const(readmeSynopses)) {
                    if (entry.startsWith(synopsis) && synopsis.size() > longest.size())
                        longest = synopsis;
                }
                const QString rest = entry.mid(longest.size());
                QVERIFY2(!longest.isEmpty() && (rest.isEmpty() || description.match(rest).hasMatch()),
                         qPrintable(u"in --help, not in the README: "_qs + entry));
                ++checked;
            }
        }
        QVERIFY(checked > 20);
        for (const char *option : {"--data-dir DIR", "TIDINGS_DATA_DIR", "--help", "--version"}) {
            QVERIFY(help.contains(QLatin1String(option)));
            QVERIFY2(text.contains(QLatin1String(option)), option);
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
