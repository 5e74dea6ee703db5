// The window on a damaged database: it says so, offers the copy and an empty store, and keeps the
// damaged file aside whatever the choice.
#include "DamagedStoreDialog.h"
#include "MainWindow.h"
#include "storage/Store.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace tidings;
using namespace tidings::ui;

namespace {

void overwrite(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.write(QByteArray(32 * 1024, '\x5a'));
}

qint64 count(const QString &path, const QString &sql)
{
    Store store;
    if (!store.open(path))
        return -1;
    QSqlQuery q(store.database().connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// The dialog runs its own event loop: answer it from a timer, as a user would click.
void answerDialog(bool restore, QString *seenText)
{
    QTimer::singleShot(50, [restore, seenText] {
        auto *dialog = qobject_cast<DamagedStoreDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            answerDialog(restore, seenText);
            return;
        }
        *seenText = dialog->text() + u'\n' + dialog->informativeText();
        QPushButton *button = restore ? dialog->restoreButton() : dialog->startEmptyButton();
        if (button)
            button->click();
        else
            dialog->reject();
    });
}

QStringList keptAside(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().entryList({info.fileName() + u".damaged-*"_qs}, QDir::Files);
}

} // namespace

class TestDamagedStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void startEmpty()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"tidings.sqlite"_qs);
        QCOMPARE(count(db, u"SELECT count(*) FROM sites"_qs), 0); // a sound store first
        overwrite(db);
        QString seen;
        answerDialog(false, &seen);
        MainWindow window(db);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!keptAside(db).isEmpty(), 10000);
        QVERIFY2(seen.contains(u"damaged") && seen.contains(u"no earlier copy"), qPrintable(seen));
        // The window goes on with a new store: the first start imports the demo site into it.
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(u"Welcome"), 20000);
        QFile kept(dir.filePath(keptAside(db).first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.read(4), QByteArray("\x5a\x5a\x5a\x5a")); // the damaged bytes, kept as they were
    }

    void restoreTheCopy()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"tidings.sqlite"_qs);
        QCOMPARE(count(db, u"SELECT count(*) FROM sites"_qs), 0);
        {
            Store store;
            QVERIFY(store.open(db));
            QVERIFY(store.ensureSite(u"Kept in the copy"_qs) > 0);
            QSqlQuery q(store.database().connection());
            QVERIFY(q.exec(u"VACUUM INTO '"_qs + db + u".schema-4.bak'"_qs));
        }
        overwrite(db);
        QString seen;
        answerDialog(true, &seen);
        {
            MainWindow window(db);
            window.show();
            QTRY_VERIFY_WITH_TIMEOUT(!keptAside(db).isEmpty(), 10000);
            QVERIFY2(seen.contains(u"copied the database on"), qPrintable(seen));
            QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(u"kept as"), 10000);
        }
        QCOMPARE(count(db, u"SELECT count(*) FROM sites WHERE name = 'Kept in the copy'"_qs), 1);
    }
};

QTEST_MAIN(TestDamagedStore)
#include "tst_damagedstore.moc"
