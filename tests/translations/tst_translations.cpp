#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

// Every translation is complete and current: no entry unfinished, vanished or obsolete, and no
// string of the code missing. "Current" is judged the way the update_translations target would: lupdate
// runs over a copy of each .ts with the project the top-level CMakeLists.txt gives qt_add_translations
// (the same sources and include paths); a string it adds is missing, one it marks vanished is gone
// from the code. The .ts files themselves are never written.
//
// tidings_en.ts holds only the English plural forms (translations/english-plurals.py), so it is
// checked for unfinished and obsolete entries, not for missing strings.
class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    QString m_project; // lupdate's JSON project

    // What is wrong with a .ts file as it stands: "unfinished: CONTEXT: SOURCE", "obsolete: ...".
    static QStringList problemsIn(const QString &tsPath)
    {
        QFile file(tsPath);
        if (!file.open(QIODevice::ReadOnly))
            return {u"cannot read "_qs + tsPath};
        QStringList problems;
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        bool numerus = false;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto name = xml.name();
            if (name == u"context") {
                context.clear();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
                source.clear();
            } else if (name == u"source") {
                source = xml.readElementText();
            } else if (name == u"translation") {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString where = context + u": "_qs + source;
                QString text;
                bool emptyForm = false;
                if (numerus) {
                    while (xml.readNextStartElement()) {
                        const QString form = xml.readElementText();
                        emptyForm = emptyForm || form.isEmpty();
                        text += form;
                    }
                } else {
                    text = xml.readElementText();
                }
                if (type == u"unfinished")
                    problems.append(u"unfinished: "_qs + where);
                else if (type == u"vanished" || type == u"obsolete")
                    problems.append(u"obsolete (not in the code): "_qs + where);
                else if (text.isEmpty() || emptyForm)
                    problems.append(u"empty: "_qs + where);
            }
        }
        if (xml.hasError())
            problems.append(u"not well-formed: "_qs + xml.errorString());
        return problems;
    }

    // lupdate over a copy: what the code has that the file lacks, and what the file has that the code lost.
    QStringList lupdateProblems(const QString &tsPath, const QString &copyName)
    {
        const QString copy = m_work.filePath(copyName);
        QFile::remove(copy);
        if (!QFile::copy(tsPath, copy))
            return {u"cannot copy "_qs + tsPath};
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(TIDINGS_LUPDATE), {u"-silent"_qs, u"-project"_qs, m_project, u"-ts"_qs, copy});
        if (!lupdate.waitForFinished(300'000) || lupdate.exitStatus() != QProcess::NormalExit
            || lupdate.exitCode() != 0)
            return {u"lupdate failed: "_qs + QString::fromLocal8Bit(lupdate.readAll())};
        QStringList problems;
        const QStringList before = problemsIn(tsPath);
        for (const QString &p : problemsIn(copy)) {
            if (before.contains(p))
                continue; // reported on the file itself
            // What lupdate adds comes as unfinished: a string of the code the file does not have.
            problems.append(p.startsWith(u"unfinished: ") ? u"missing: "_qs + p.mid(12) : p);
        }
        return problems;
    }

    static QString tsDir() { return QStringLiteral(TIDINGS_TRANSLATIONS_DIR); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        // The project qt_add_translations wrote for update_translations, made into lupdate's JSON by
        // Qt's own script, exactly as that target does.
        m_project = m_work.filePath(u"project.json"_qs);
        QProcess cmake;
        cmake.setProcessChannelMode(QProcess::MergedChannels);
        cmake.start(QStringLiteral(TIDINGS_CMAKE_COMMAND),
                    {u"-DIN_FILE="_qs + QStringLiteral(TIDINGS_LUPDATE_PROJECT), u"-DOUT_FILE="_qs + m_project,
                     u"-P"_qs, QStringLiteral(TIDINGS_LUPDATE_PROJECT_SCRIPT)});
        QVERIFY(cmake.waitForFinished(60'000));
        QVERIFY2(cmake.exitCode() == 0, cmake.readAll().constData());
        // Without its list of .ts files: lupdate must write the copies named with -ts, never the
        // files in translations/ (the lead regenerates those).
        QFile json(m_project);
        QVERIFY(json.open(QIODevice::ReadOnly));
        QJsonDocument project = QJsonDocument::fromJson(json.readAll());
        json.close();
        QVERIFY(project.isArray() || project.isObject());
        const auto strip = [](QJsonObject o) {
            o.remove(u"translations"_qs);
            return o;
        };
        if (project.isObject()) {
            project.setObject(strip(project.object()));
        } else {
            QJsonArray stripped;
            for (const QJsonValue &v : project.array())
                stripped.append(strip(v.toObject()));
            project.setArray(stripped);
        }
        QVERIFY(!project.toJson().contains("translations/tidings_"));
        QVERIFY(json.open(QIODevice::WriteOnly | QIODevice::Truncate));
        json.write(project.toJson());
    }

    void complete_data()
    {
        QTest::addColumn<QString>("ts");
        const QStringList files = QDir(tsDir()).entryList({u"tidings_*.ts"_qs}, QDir::Files, QDir::Name);
        QVERIFY(files.contains(u"tidings_de.ts"_qs));
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << QDir(tsDir()).filePath(file);
    }

    void complete()
    {
        QFETCH(QString, ts);
        QStringList problems = problemsIn(ts);
        if (!ts.endsWith(u"tidings_en.ts"))
            problems += lupdateProblems(ts, QFileInfo(ts).fileName());
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"%1 problem(s) in %2:\n  "_qs.arg(problems.size()).arg(QFileInfo(ts).fileName())
                            + problems.mid(0, 40).join(u"\n  "_qs)));
    }

    // The check itself: copies of the German file broken on purpose are each caught, and for the
    // reason they were broken.
    void catchesABrokenFile()
    {
        QFile file(QDir(tsDir()).filePath(u"tidings_de.ts"_qs));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString original = QString::fromUtf8(file.readAll());
        auto write = [this](const QString &name, const QString &text) {
            QFile out(m_work.filePath(name));
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return QString();
            out.write(text.toUtf8());
            return out.fileName();
        };

        // A string of the code taken out of the file: lupdate brings it back, unfinished.
        const QString refresh = u"<source>&amp;Refresh All</source>"_qs;
        const qsizetype at = original.indexOf(refresh);
        QVERIFY(at > 0);
        const qsizetype start = original.lastIndexOf(u"<message"_qs, at);
        const qsizetype end = original.indexOf(u"</message>"_qs, at) + 10;
        QString missing = original;
        missing.remove(start, end - start);
        const QString missingPath = write(u"broken-missing.ts"_qs, missing);
        QVERIFY2(lupdateProblems(missingPath, u"broken-missing-copy.ts"_qs)
                         .contains(u"missing: tidings::ui::MainWindow: &Refresh All"_qs),
                 "a string removed from the file was not reported missing");

        // A translation marked unfinished.
        QString unfinished = original;
        const qsizetype translation = unfinished.indexOf(u"<translation>"_qs, at);
        QVERIFY(translation > at);
        unfinished.replace(translation, 13, u"<translation type=\"unfinished\">"_qs);
        QVERIFY(problemsIn(write(u"broken-unfinished.ts"_qs, unfinished))
                        .contains(u"unfinished: tidings::ui::MainWindow: &Refresh All"_qs));

        // A string the code does not have: vanished once lupdate has run, and obsolete as written.
        QString extra = original;
        const QString fake = u"<message>\n        <source>No such string in Tidings</source>\n"
                             u"        <translation>Keine solche Zeichenkette</translation>\n    </message>\n    "_qs;
        extra.insert(start, fake);
        const QString extraPath = write(u"broken-extra.ts"_qs, extra);
        QVERIFY2(
                lupdateProblems(extraPath, u"broken-extra-copy.ts"_qs)
                        .contains(u"obsolete (not in the code): tidings::ui::MainWindow: No such string in Tidings"_qs),
                "a string the code lacks was not reported");
        QString vanished = original;
        vanished.replace(translation, 13, u"<translation type=\"vanished\">"_qs);
        QVERIFY(problemsIn(write(u"broken-vanished.ts"_qs, vanished))
                        .contains(u"obsolete (not in the code): tidings::ui::MainWindow: &Refresh All"_qs));
        QString empty = original;
        const qsizetype close = empty.indexOf(u"</translation>"_qs, translation);
        empty.remove(translation + 13, close - translation - 13);
        QVERIFY(problemsIn(write(u"broken-empty.ts"_qs, empty))
                        .contains(u"empty: tidings::ui::MainWindow: &Refresh All"_qs));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
