// A damaged database file: found, reported, set aside (never deleted), and a way on.
#include "storage/DemoSite.h"
#include "storage/Store.h"
#include "storage/StoreRecovery.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tidings;

namespace {

// A store with the demo site in it (articles, threads, products), closed cleanly.
bool makeStore(const QString &path)
{
    Store store;
    return store.open(path) && importDemoSite(store).ok();
}

qint64 articleCount(Store &store)
{
    QSqlQuery q(store.database().connection());
    return q.exec(u"SELECT count(*) FROM articles"_qs) && q.next() ? q.value(0).toLongLong() : -1;
}

void damage(const QString &path, const QString &how)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    if (how == u"truncated") {
        QVERIFY(file.resize(file.size() / 2));
    } else {
        // Overwritten from the start, as a stray write or a copy over it would.
        file.write(QByteArray(64 * 1024, '\x5a'));
    }
}

} // namespace

class TestStoreRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;

private slots:
    void init() { m_path = m_dir.filePath(u"tidings-%1.sqlite"_qs.arg(++m_counter)); }

    void aSoundStoreChecksOk()
    {
        QVERIFY(makeStore(m_path));
        const auto check = StoreRecovery::check(m_path);
        QVERIFY2(check.ok(), qPrintable(check.problems.join(u'\n')));
        QVERIFY(StoreRecovery::newestBackup(m_path).path.isEmpty());
    }

    void aDamagedStoreIsFoundAndSetAside_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("words");
        QTest::newRow("truncated") << u"truncated"_qs << u"malformed"_qs;
        QTest::newRow("overwritten") << u"overwritten"_qs << u"not a database"_qs;
    }

    void aDamagedStoreIsFoundAndSetAside()
    {
        QFETCH(QString, how);
        QFETCH(QString, words);
        QVERIFY(makeStore(m_path));
        damage(m_path, how);
        const QByteArray damagedBytes = [this] {
            QFile f(m_path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();

        Store store;
        QVERIFY(!store.open(m_path));
        QVERIFY(store.isDamaged());
        QVERIFY2(store.error().contains(u"is damaged") && store.error().contains(words), qPrintable(store.error()));
        const auto check = StoreRecovery::check(m_path);
        QVERIFY(!check.ok());
        QVERIFY2(check.problems.join(u' ').contains(words), qPrintable(check.problems.join(u'\n')));

        QString keptAt;
        QString error;
        QVERIFY2(StoreRecovery::startEmpty(m_path, &keptAt, &error), qPrintable(error));
        QVERIFY(!QFile::exists(m_path));
        QFile kept(keptAt);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), damagedBytes); // kept whole, byte for byte

        Store fresh;
        QVERIFY2(fresh.open(m_path), qPrintable(fresh.error()));
        QCOMPARE(articleCount(fresh), 0);
    }

    void theCopyMadeBeforeAnUpdateCanBeRestored()
    {
        QVERIFY(makeStore(m_path));
        // The copy Database::migrate makes before it updates schema 4 (the same VACUUM INTO).
        const QString backup = m_path + u".schema-4.bak"_qs;
        {
            Store store;
            QVERIFY(store.open(m_path));
            QSqlQuery q(store.database().connection());
            QVERIFY(q.exec(u"VACUUM INTO '"_qs + backup + u"'"_qs));
        }
        qint64 stored = 0;
        {
            Store store; // more after the copy, then the damage
            QVERIFY(store.open(m_path));
            stored = articleCount(store);
            QVERIFY(store.ensureSite(u"Added after the copy"_qs) > 0);
        }
        damage(m_path, u"overwritten"_qs);

        const auto found = StoreRecovery::newestBackup(m_path);
        QCOMPARE(found.path, backup);
        QCOMPARE(found.schemaVersion, 4);
        QString keptAt;
        QString error;
        QVERIFY2(StoreRecovery::restoreBackup(m_path, found.path, &keptAt, &error), qPrintable(error));
        QVERIFY(QFile::exists(keptAt));
        QVERIFY(QFile::exists(backup)); // the copy stays for another time
        Store restored;
        QVERIFY2(restored.open(m_path), qPrintable(restored.error()));
        QCOMPARE(articleCount(restored), stored);
        QCOMPARE(restored.siteIdByName(u"Added after the copy"_qs), -1);
        QVERIFY(StoreRecovery::check(m_path).ok());
    }

    void aDamagedCopyIsNotOffered()
    {
        QVERIFY(makeStore(m_path));
        const QString backup = m_path + u".schema-3.bak"_qs;
        QVERIFY(QFile::copy(m_path, backup));
        damage(backup, u"overwritten"_qs);
        QVERIFY(StoreRecovery::newestBackup(m_path).path.isEmpty());
        QString keptAt;
        QString error;
        QVERIFY(!StoreRecovery::restoreBackup(m_path, backup, &keptAt, &error));
        QVERIFY(QFile::exists(m_path)); // nothing was moved
    }
};

QTEST_GUILESS_MAIN(TestStoreRecovery)
#include "tst_storerecovery.moc"
