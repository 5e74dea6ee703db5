#include "HtmlSanitizer.h"

#include "Html.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace tidings::html {
namespace {

// Elements kept, with the attributes each may keep.
const QSet<QString> &allowedElements()
{
    static const QSet<QString> kAllowed
            = {u"a"_qs,          u"abbr"_qs,   u"b"_qs,     u"blockquote"_qs, u"br"_qs,    u"caption"_qs, u"cite"_qs,
               u"code"_qs,       u"dd"_qs,     u"del"_qs,   u"div"_qs,        u"dl"_qs,    u"dt"_qs,      u"em"_qs,
               u"figcaption"_qs, u"figure"_qs, u"h1"_qs,    u"h2"_qs,         u"h3"_qs,    u"h4"_qs,      u"h5"_qs,
               u"h6"_qs,         u"hr"_qs,     u"i"_qs,     u"img"_qs,        u"ins"_qs,   u"kbd"_qs,     u"li"_qs,
               u"mark"_qs,       u"ol"_qs,     u"p"_qs,     u"pre"_qs,        u"q"_qs,     u"s"_qs,       u"small"_qs,
               u"span"_qs,       u"strong"_qs, u"sub"_qs,   u"sup"_qs,        u"table"_qs, u"tbody"_qs,   u"td"_qs,
               u"tfoot"_qs,      u"th"_qs,     u"thead"_qs, u"tr"_qs,         u"u"_qs,     u"ul"_qs};
    return kAllowed;
}

// Elements dropped together with everything inside them.
const QSet<QString> &droppedWithContent()
{
    static const QSet<QString> kDropped
            = {u"script"_qs,   u"style"_qs,  u"iframe"_qs,   u"object"_qs,   u"embed"_qs, u"applet"_qs,
               u"form"_qs,     u"select"_qs, u"textarea"_qs, u"button"_qs,   u"svg"_qs,   u"math"_qs,
               u"frameset"_qs, u"frame"_qs,  u"noscript"_qs, u"template"_qs, u"head"_qs,  u"title"_qs};
    return kDropped;
}

bool isVoid(const QString &name)
{
    return name == u"br" || name == u"hr" || name == u"img";
}

QString safeUrl(const QString &value, const QUrl &base, bool allowMailto)
{
    QUrl url(decodeEntities(value).trimmed());
    if (!url.isValid())
        return {};
    if (url.isRelative()) {
        if (!base.isValid() || (base.scheme() != u"http" && base.scheme() != u"https"))
            return url.toString().startsWith(u'#') ? url.toString() : QString();
        url = base.resolved(url);
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"https" || (allowMailto && scheme == u"mailto"))
        return url.toString(QUrl::FullyEncoded);
    return {};
}

struct Tag
{
    QString name;
    bool closing = false;
    bool selfClosing = false;
    QList<std::pair<QString, QString>> attributes;
    qsizetype end = 0; // index just past '>'
};

// Reads the tag at html[i] == '<'; returns false when it is not a tag (a stray '<').
bool readTag(QStringView html, qsizetype i, Tag &tag)
{
    const qsizetype n = html.size();
    qsizetype j = i + 1;
    if (j < n && html[j] == u'/') {
        tag.closing = true;
        ++j;
    }
    const qsizetype nameStart = j;
    while (j < n && (html[j].isLetterOrNumber() || html[j] == u'-' || html[j] == u':'))
        ++j;
    if (j == nameStart)
        return false;
    tag.name = html.mid(nameStart, j - nameStart).toString().toLower();
    while (j < n && html[j] != u'>') {
        if (html[j].isSpace() || html[j] == u'/') {
            tag.selfClosing = html[j] == u'/';
            ++j;
            continue;
        }
        const qsizetype attrStart = j;
        while (j < n && !html[j].isSpace() && html[j] != u'=' && html[j] != u'>' && html[j] != u'/')
            ++j;
        const QString attr = html.mid(attrStart, j - attrStart).toString().toLower();
        QString value;
        while (j < n && html[j].isSpace())
            ++j;
        if (j < n && html[j] == u'=') {
            ++j;
            while (j < n && html[j].isSpace())
                ++j;
            if (j < n && (html[j] == u'"' || html[j] == u'\'')) {
                const QChar quote = html[j];
                const qsizetype close = html.indexOf(quote, j + 1);
                const qsizetype valueEnd = close < 0 ? n : close;
                value = html.mid(j + 1, valueEnd - j - 1).toString();
                j = close < 0 ? n : close + 1;
            } else {
                const qsizetype valueStart = j;
                while (j < n && !html[j].isSpace() && html[j] != u'>')
                    ++j;
                value = html.mid(valueStart, j - valueStart).toString();
            }
        }
        if (!attr.isEmpty())
            tag.attributes.append({attr, value});
    }
    tag.end = j < n ? j + 1 : n;
    return true;
}

QString attributeValue(const Tag &tag, const QString &name)
{
    for (const auto &[a, v] : tag.attributes) {
        if (a == name)
            return v;
    }
    return {};
}

} // namespace

QString sanitize(QStringView html, const SanitizeOptions &options, SanitizeReport *report)
{
    QString out;
    out.reserve(html.size());
    QStringList open; // elements opened in the output, to close what the input leaves open
    // How many of each are open: an end tag that closes nothing is dropped without searching the
    // whole stack, which made thousands of them quadratic.
    QHash<QString, int> openCount;
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype lt = html.indexOf(u'<', i);
        const qsizetype textEnd = lt < 0 ? n : lt;
        // Text is re-escaped after decoding, so a stray '<' or '&' in it cannot start markup.
        out += escape(decodeEntities(html.mid(i, textEnd - i)));
        if (lt < 0)
            break;
        i = lt;
        if (html.mid(i, 4) == u"<!--") {
            const qsizetype end = html.indexOf(u"-->", i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        if (i + 1 < n && (html[i + 1] == u'!' || html[i + 1] == u'?')) {
            const qsizetype end = html.indexOf(u'>', i);
            i = end < 0 ? n : end + 1;
            continue;
        }
        Tag tag;
        if (!readTag(html, i, tag)) {
            out += u"&lt;";
            ++i;
            continue;
        }
        i = tag.end;
        if (droppedWithContent().contains(tag.name)) {
            if (!tag.closing && !tag.selfClosing) {
                const QString closeTag = u"</"_qs + tag.name;
                const qsizetype close = html.indexOf(closeTag, i, Qt::CaseInsensitive);
                const qsizetype closeEnd = close < 0 ? n : html.indexOf(u'>', close);
                i = closeEnd < 0 ? n : closeEnd + 1;
            }
            continue;
        }
        if (!allowedElements().contains(tag.name))
            continue; // unknown wrapper (font, center, article...): keep its content only
        if (tag.closing) {
            if (openCount.value(tag.name) == 0)
                continue;
            const qsizetype at = open.lastIndexOf(tag.name);
            while (open.size() > at) {
                const QString closed = open.takeLast();
                --openCount[closed];
                out += u"</" + closed + u'>';
            }
            continue;
        }
        QString kept;
        if (tag.name == u"a") {
            const QString href = safeUrl(attributeValue(tag, u"href"_qs), options.base, true);
            if (!href.isEmpty())
                kept += u" href=\"" + escape(href) + u'"';
            const QString title = attributeValue(tag, u"title"_qs);
            if (!title.isEmpty())
                kept += u" title=\"" + escape(decodeEntities(title)) + u'"';
        } else if (tag.name == u"img") {
            const QString src = safeUrl(attributeValue(tag, u"src"_qs), options.base, false);
            const QString alt = decodeEntities(attributeValue(tag, u"alt"_qs));
            if (report && !src.isEmpty())
                ++report->images;
            if (src.isEmpty() || !options.keepImages) {
                out += escape(alt);
                continue;
            }
            kept += u" src=\"" + escape(src) + u"\" alt=\"" + escape(alt) + u'"';
            for (const QString &dimension : {u"width"_qs, u"height"_qs}) {
                bool ok = false;
                const int v = attributeValue(tag, dimension).toInt(&ok);
                if (ok && v > 0 && v <= 4000)
                    kept += u' ' + dimension + u"=\"" + QString::number(v) + u'"';
            }
        } else if (tag.name == u"td" || tag.name == u"th") {
            for (const QString &span : {u"colspan"_qs, u"rowspan"_qs}) {
                bool ok = false;
                const int v = attributeValue(tag, span).toInt(&ok);
                if (ok && v > 1 && v <= 100)
                    kept += u' ' + span + u"=\"" + QString::number(v) + u'"';
            }
        }
        out += u'<' + tag.name + kept + u'>';
        if (!isVoid(tag.name) && !tag.selfClosing) {
            open.append(tag.name);
            ++openCount[tag.name];
        }
    }
    while (!open.isEmpty())
        out += u"</" + open.takeLast() + u'>';
    return out;
}

} // namespace tidings::html
