#include "util/Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace tidings;

// The language Tidings speaks: the translations it ships, their names, and the choice made in Preferences.
class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"TidingsTest"_qs);
        QCoreApplication::setApplicationName(u"tst_language"_qs);
        QSettings().clear();
    }

    void cleanupTestCase() { QSettings().clear(); }

    void availableFollowsTheFilesShipped()
    {
        QTemporaryDir dir;
        for (const char *name : {"tidings_de.qm", "tidings_zh_CN.qm", "tidings_en.qm", "tidings_ja.qm", "qtbase_fr.qm",
                                 "tidings_.qm", "tidings_fr.ts"}) {
            QFile file(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QCOMPARE(language::available(dir.path()), (QStringList{u"de"_qs, u"en"_qs, u"ja"_qs, u"zh_CN"_qs}));
        QCOMPARE(language::available(dir.filePath(u"nowhere"_qs)), QStringList());
    }

    void namesAreTheLanguagesOwn_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << u"en"_qs << u"English"_qs;
        QTest::newRow("de") << u"de"_qs << u"Deutsch"_qs;
        QTest::newRow("fr") << u"fr"_qs << u"Français"_qs;
        QTest::newRow("es") << u"es"_qs << u"Español"_qs;
        QTest::newRow("zh_CN") << u"zh_CN"_qs << u"简体中文"_qs;
        QTest::newRow("ja") << u"ja"_qs << u"日本語"_qs;
    }

    void namesAreTheLanguagesOwn()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(language::nativeName(name), expected);
    }

    void localeForAChoice()
    {
        const QLocale british(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(language::localeFor(QString(), british), british);
        // English chosen on a British system keeps British dates.
        QCOMPARE(language::localeFor(u"en"_qs, british), british);
        QCOMPARE(language::localeFor(u"de"_qs, british).language(), QLocale::German);
        QCOMPARE(language::localeFor(u"zh_CN"_qs,
                                     QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan))
                         .script(),
                 QLocale::SimplifiedChineseScript);
        QCOMPARE(language::localeFor(u"not a language"_qs, british), british);
    }

    // The real German translation, as built: chosen in the settings, it is what install() loads.
    void installLoadsTheChosenTranslation()
    {
        const QString qmDir = QStringLiteral(TIDINGS_QM_DIR);
        if (!QFile::exists(QDir(qmDir).filePath(u"tidings_de.qm"_qs)))
            QFAIL("tidings_de.qm was not built");
        const QString source = u"&Refresh All"_qs;
        const char *context = "tidings::ui::MainWindow";
        QCOMPARE(QCoreApplication::translate(context, "&Refresh All"), source);
        QSettings().setValue(QString::fromUtf16(language::kSettingsKey), u"de"_qs);
        QCOMPARE(language::chosen(), u"de"_qs);
        language::install(*QCoreApplication::instance(), qmDir);
        QCOMPARE(QLocale().language(), QLocale::German);
        const QString german = QCoreApplication::translate(context, "&Refresh All");
        QVERIFY2(german != source && !german.isEmpty(), qPrintable(german));
        // Back to English for whatever runs next.
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
