#include "ShopStores.h"
#include "TestHttpServer.h"
#include "TidingsProcess.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using tidings::test::RecordedRequest;
using tidings::test::TestHttpServer;
using tidings::test::TestResponse;

namespace {

using Run = tidings::test::TidingsRun;

TestResponse ok(const QByteArray &body, const QByteArray &type)
{
    TestResponse r;
    r.body = body;
    r.headers = {{"Content-Type", type}};
    return r;
}

} // namespace

// tidings products | cart | checkout against a Shopify-shaped store on loopback.
class TestShopCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestHttpServer m_server;
    QByteArray m_earpiecePrice = "17.99";
    bool m_strapAvailable = true;

    Run tidings(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        return tidings::test::runTidings(m_dir.path(), arguments, env);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.route("/",
                       ok("<html><head><title>Loop Shop</title><link rel=\"alternate\" "
                          "type=\"application/rss+xml\" href=\"/feed/\"></head></html>",
                          "text/html"));
        m_server.route("/feed/",
                       ok("<rss version=\"2.0\"><channel><title>Loop Shop</title>"
                          "<item><title>Hello</title><guid>1</guid></item></channel></rss>",
                          "application/rss+xml"));
        m_server.route("/products.json", [this](const RecordedRequest &r) {
            if (r.path.contains("page=2"))
                return ok(R"({"products": []})", "application/json");
            return ok(tidings::test::loopShopProducts(m_earpiecePrice, m_strapAvailable), "application/json");
        });
        m_server.route("/meta.json", ok(R"({"currency": "USD"})", "application/json"));
        const Run add = tidings({u"add"_qs, m_server.url(u"/"_qs).toString(), u"--name"_qs, u"Loop"_qs});
        QVERIFY2(add.exitCode == 0, qPrintable(add.out + add.err));
    }

    void productsListsVariantsAndPrices()
    {
        const Run r = tidings({u"products"_qs, u"Loop"_qs});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"\t7001\tInvisible Bluetooth Earpiece\t$17.99\tin stock"), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"\t7002\tWatch strap\tLoop"), qPrintable(r.out));
        QVERIFY(r.out.contains(u"\t9002\tRed\t$9.50\tin stock"));
        QVERIFY(r.out.contains(u"\t9003\tBlue\t$9.50\tin stock"));

        const Run search = tidings({u"products"_qs, u"--search"_qs, u"earp"_qs});
        QCOMPARE(search.exitCode, 0);
        QVERIFY(search.out.contains(u"Earpiece"));
        QVERIFY(!search.out.contains(u"strap"));
        QCOMPARE(tidings({u"products"_qs, u"Nowhere"_qs}).exitCode, 1);
    }

    void cartAddSetRemoveUndo()
    {
        Run r = tidings({u"cart"_qs, u"add"_qs, u"7002"_qs});
        QCOMPARE(r.exitCode, 1); // two variants: which one?
        QVERIFY2(r.err.contains(u"--variant"), qPrintable(r.err));
        r = tidings({u"cart"_qs, u"add"_qs, u"7002"_qs, u"--variant"_qs, u"9003"_qs, u"--quantity"_qs, u"2"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = tidings({u"cart"_qs, u"add"_qs, u"7001"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(tidings({u"cart"_qs, u"add"_qs, u"7001"_qs, u"--quantity"_qs, u"0"_qs}).exitCode, 1);
        QCOMPARE(tidings({u"cart"_qs, u"add"_qs, u"424242"_qs}).exitCode, 1);

        r = tidings({u"cart"_qs});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"2 x Watch strap (Blue)\t$9.50\t$19.00"), qPrintable(r.out));
        QVERIFY(r.out.contains(u"1 x Invisible Bluetooth Earpiece\t$17.99\t$17.99"));
        QVERIFY(r.out.contains(u"Total at Loop: $36.99 (3 item"));

        const QString strapLine = r.out.section(u"2 x Watch strap"_qs, 0, 0).section(u'\n', -1).trimmed();
        r = tidings({u"cart"_qs, u"set"_qs, strapLine, u"3"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"Total at Loop: $46.49 (4 item"));
        r = tidings({u"cart"_qs, u"remove"_qs, strapLine});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"Total at Loop: $17.99 (1 item"));
        r = tidings({u"cart"_qs, u"undo"_qs});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"3 x Watch strap (Blue)"));
        QCOMPARE(tidings({u"cart"_qs, u"set"_qs, u"999999"_qs, u"1"_qs}).exitCode, 1);
    }

    void checkoutPrintsTheShopifyPermalink()
    {
        const Run r = tidings({u"checkout"_qs, u"--print"_qs});
        QCOMPARE(r.exitCode, 0);
        // The cart's lines by the order they were added: the strap first.
        QCOMPARE(r.out.trimmed(), m_server.url(u"/cart/9003:3,9001:1"_qs).toString());
    }

    void checkoutOpensTheBrowserNamedInBrowser()
    {
        const QString log = m_dir.filePath(u"opened.txt"_qs);
        const QString script = m_dir.filePath(u"browser.sh"_qs);
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\necho \"$1\" >> '" + log.toUtf8() + "'\n");
        f.close();
        QVERIFY(f.setPermissions(f.permissions() | QFileDevice::ExeOwner));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"BROWSER"_qs, script);
        const Run r = tidings({u"checkout"_qs}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"you pay on the store's page"), qPrintable(r.out));
        QTRY_VERIFY(QFileInfo(log).size() > 0);
        QFile opened(log);
        QVERIFY(opened.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(opened.readAll()).trimmed(), m_server.url(u"/cart/9003:3,9001:1"_qs).toString());
    }

    void refreshFlagsChangesAndHoldsBackCheckout()
    {
        m_earpiecePrice = "15.99";
        m_strapAvailable = false;
        Run r = tidings({u"refresh"_qs, u"Loop"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = tidings({u"cart"_qs});
        QVERIFY2(r.out.contains(u"was $17.99, now $15.99"), qPrintable(r.out));
        QVERIFY(r.out.contains(u"now out of stock"));
        r = tidings({u"checkout"_qs, u"--print"_qs});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(u"Out of stock at Loop: Watch strap."_qs), qPrintable(r.err));
        // Acknowledged, the notes go; removing the strap lets checkout go ahead.
        r = tidings({u"cart"_qs, u"ack"_qs});
        QVERIFY(!r.out.contains(u"was $17.99"));
        const QString strapLine = r.out.section(u"3 x Watch strap"_qs, 0, 0).section(u'\n', -1).trimmed();
        QCOMPARE(tidings({u"cart"_qs, u"remove"_qs, strapLine}).exitCode, 0);
        r = tidings({u"checkout"_qs, u"--print"_qs});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), m_server.url(u"/cart/9001:1"_qs).toString());
    }
};

QTEST_GUILESS_MAIN(TestShopCommands)
#include "tst_shopcommands.moc"
