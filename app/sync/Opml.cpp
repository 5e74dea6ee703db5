#include "Opml.h"

#include <QMap>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace tidings {

bool Opml::read(QIODevice *device, QList<SiteRow> &sites, QString &error)
{
    sites.clear();
    QXmlStreamReader xml(device);
    QStringList folders; // the titles of the enclosing outlines without xmlUrl
    QList<bool> isFolder;
    bool sawOpml = false;
    bool sawBody = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (!sawOpml) {
                if (name != u"opml") {
                    error = tr("not an OPML file: it starts with <%1>").arg(name.toString());
                    sites.clear();
                    return false;
                }
                sawOpml = true;
                continue;
            }
            if (name == u"body")
                sawBody = true;
            if (name != u"outline")
                continue;
            const auto a = xml.attributes();
            const QString xmlUrl = a.value(QLatin1StringView("xmlUrl")).toString().trimmed();
            QString title = a.value(QLatin1StringView("title")).toString().trimmed();
            if (title.isEmpty())
                title = a.value(QLatin1StringView("text")).toString().trimmed();
            if (xmlUrl.isEmpty()) {
                folders.append(title);
                isFolder.append(true);
                continue;
            }
            isFolder.append(false);
            const QUrl url(xmlUrl);
            if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")) {
                error = tr("line %1: %2 is not a web address").arg(xml.lineNumber()).arg(xmlUrl);
                sites.clear();
                return false;
            }
            SiteRow site;
            site.name = title.isEmpty() ? url.host() : title;
            site.homeUrl = a.value(QLatin1StringView("htmlUrl")).toString().trimmed();
            site.folder = folders.join(u'/');
            FeedRow feed;
            feed.kind = DocumentKind::Articles;
            feed.url = xmlUrl;
            site.feeds.append(feed);
            sites.append(site);
        } else if (xml.isEndElement() && xml.name() == u"outline" && !isFolder.isEmpty()) {
            if (isFolder.takeLast())
                folders.removeLast();
        }
    }
    if (xml.hasError()) {
        error = tr("the OPML file is broken at line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
        sites.clear();
        return false;
    }
    if (!sawOpml || !sawBody) {
        error = tr("not an OPML file: no <opml> with a <body>");
        sites.clear();
        return false;
    }
    return true;
}

QByteArray Opml::write(const QList<SiteRow> &sites)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(u"opml"_qs);
    xml.writeAttribute(u"version"_qs, u"2.0"_qs);
    xml.writeStartElement(u"head"_qs);
    xml.writeTextElement(u"title"_qs, tr("Tidings subscriptions"));
    xml.writeEndElement();
    xml.writeStartElement(u"body"_qs);

    QMap<QString, QList<const SiteRow *>> byFolder;
    for (const SiteRow &s : sites)
        byFolder[s.folder].append(&s);
    for (auto it = byFolder.cbegin(); it != byFolder.cend(); ++it) {
        const QStringList path = it.key().split(u'/', Qt::SkipEmptyParts);
        for (const QString &folder : path) {
            xml.writeStartElement(u"outline"_qs);
            xml.writeAttribute(u"text"_qs, folder);
            xml.writeAttribute(u"title"_qs, folder);
        }
        for (const SiteRow *site : it.value()) {
            for (const FeedRow &feed : site->feeds) {
                if (feed.kind != DocumentKind::Articles)
                    continue;
                xml.writeEmptyElement(u"outline"_qs);
                xml.writeAttribute(u"type"_qs, u"rss"_qs);
                xml.writeAttribute(u"text"_qs, site->name);
                xml.writeAttribute(u"title"_qs, site->name);
                xml.writeAttribute(u"xmlUrl"_qs, feed.url);
                if (!site->homeUrl.isEmpty())
                    xml.writeAttribute(u"htmlUrl"_qs, site->homeUrl);
            }
        }
        for (qsizetype i = 0; i < path.size(); ++i)
            xml.writeEndElement();
    }
    xml.writeEndElement(); // body
    xml.writeEndElement(); // opml
    xml.writeEndDocument();
    return out;
}

} // namespace tidings
