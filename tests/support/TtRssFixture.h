#pragma once

// What the tests of the real Tiny Tiny RSS share: tests/ttrss/run-test starts it and names its parts in
// the environment (TTRSS_URL, TTRSS_PSQL, TTRSS_UPDATE, TTRSS_FEEDS_DIR, ...).

#include <QDateTime>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>

namespace tidings::test::ttrss {

inline QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

// A query on tt-rss's own database, its rows one a line ("-At").
inline QString psql(const QString &sql)
{
    QProcess process;
    process.start(env("TTRSS_PSQL"), {QStringLiteral("-At"), QStringLiteral("-c"), sql});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qWarning() << "psql failed:" << sql << process.readAllStandardError();
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

// update.php as www-data: tt-rss fetches every feed now.
inline bool fetchFeeds()
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(env("TTRSS_UPDATE"), {});
    const bool ok = process.waitForFinished(300000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0;
    if (!ok)
        qWarning() << "update.php failed:" << process.readAllStandardOutput();
    return ok;
}

// An RSS feed of items numbered 1..items, newest first as feeds list them, each dated a minute after
// the one before, served by run-test's feed server on [::1]:80. tt-rss sends If-Modified-Since, so the
// file's time moves forward by more than a second with every rewrite.
inline bool writeFeed(const QString &name, const QString &title, int items)
{
    QString xml = QStringLiteral(
                          "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>%1</title>"
                          "<link>http://[::1]/%2</link><description>Test feed</description>\n")
                          .arg(title, name);
    const QDateTime base = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    for (int i = items; i >= 1; --i) {
        xml += QStringLiteral("<item><title>%1 item %2</title><link>http://[::1]/%3/%2</link>"
                              "<guid isPermaLink=\"false\">urn:tidings:%3:%2</guid><pubDate>%4</pubDate>"
                              "<description>&lt;p&gt;Body of %1 item %2&lt;/p&gt;</description></item>\n")
                       .arg(title)
                       .arg(i)
                       .arg(name, base.addSecs(qint64{60} * i).toString(Qt::RFC2822Date));
    }
    xml += QStringLiteral("</channel></rss>\n");
    QFile file(QDir(env("TTRSS_FEEDS_DIR")).filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(xml.toUtf8()) <= 0)
        return false;
    file.close();
    // Readable by www-data, which serves it.
    if (!file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther))
        return false;
    static qint64 generation = 0;
    ++generation;
    return file.open(QIODevice::ReadWrite)
            && file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(10 * generation),
                                QFileDevice::FileModificationTime);
}

} // namespace tidings::test::ttrss
