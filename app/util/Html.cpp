#include "Html.h"

#include <algorithm>
#include <array>

namespace tidings::html {
namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u':';
}

int digitValue(QChar c, bool hex)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (hex && u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (hex && u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Parses one character reference starting at text[i] == '&'. On success appends the decoded text and
// returns the index just past it; otherwise returns i.
qsizetype decodeReferenceAt(QStringView text, qsizetype i, QString &out)
{
    const qsizetype n = text.size();
    qsizetype j = i + 1;
    if (j < n && text[j] == u'#') {
        ++j;
        const bool hex = j < n && (text[j] == u'x' || text[j] == u'X');
        if (hex)
            ++j;
        const qsizetype digitsStart = j;
        char32_t value = 0;
        while (j < n && j - digitsStart < 8) {
            const int digit = digitValue(text[j], hex);
            if (digit < 0)
                break;
            value = value * (hex ? 16 : 10) + char32_t(digit);
            ++j;
        }
        if (j == digitsStart)
            return i;
        if (j < n && text[j] == u';')
            ++j;
        if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            value = 0xFFFD;
        out += QStringView(QChar::fromUcs4(value));
        return j;
    }
    const qsizetype nameStart = j;
    while (j < n && j - nameStart < 32 && text[j].isLetterOrNumber())
        ++j;
    if (j == nameStart)
        return i;
    const QStringView name = text.mid(nameStart, j - nameStart);
    if (name == u"apos") {
        out += u'\'';
    } else if (auto cp = namedEntity(name)) {
        out += QChar(*cp);
    } else {
        return i;
    }
    return (j < n && text[j] == u';') ? j + 1 : j;
}

bool isBlockTag(QStringView name)
{
    // Sized views, compared only where the lengths match: this runs for every tag of every body.
    static constexpr std::array<QStringView, 22> kBlocks
            = {u"p",  u"br", u"div", u"li", u"ul",         u"ol",  u"tr", u"td",    u"th",      u"h1",      u"h2",
               u"h3", u"h4", u"h5",  u"h6", u"blockquote", u"pre", u"hr", u"table", u"section", u"article", u"figure"};
    return std::ranges::any_of(kBlocks, [name](QStringView b) {
        return name.size() == b.size() && name.compare(b, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

QString decodeEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text[i] == u'&') {
            const qsizetype next = decodeReferenceAt(text, i, out);
            if (next != i) {
                i = next;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

QString toPlainText(QStringView html)
{
    // Written through a pointer into a buffer sized up front, not appended a QChar at a time: this
    // runs over every article body an import reads, and QString::append(QChar) per character was a
    // third of the parser thread's instructions. Text is never longer than the markup it came from
    // (a tag or an entity is longer than what it leaves), but the buffer grows if it ever were.
    QString out(html.size() + 2, Qt::Uninitialized);
    QChar *buffer = out.data();
    qsizetype length = 0;
    bool pendingSpace = false;
    auto append = [&](QChar c) {
        if (c.isSpace()) {
            pendingSpace = length > 0;
            return;
        }
        if (length + 2 > out.size()) {
            out.resize(out.size() * 2);
            buffer = out.data();
        }
        if (pendingSpace) {
            buffer[length++] = u' ';
            pendingSpace = false;
        }
        buffer[length++] = c;
    };
    const qsizetype n = html.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = html[i];
        if (c == u'<') {
            if (html.mid(i, 4) == u"<!--") {
                const qsizetype end = html.indexOf(u"-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            qsizetype j = i + 1;
            const bool closing = j < n && html[j] == u'/';
            if (closing)
                ++j;
            const qsizetype nameStart = j;
            while (j < n && isNameChar(html[j]))
                ++j;
            const QStringView name = html.mid(nameStart, j - nameStart);
            if (name.isEmpty() && !closing && (j >= n || html[j] != u'!')) {
                append(c); // a stray "<" in text
                ++i;
                continue;
            }
            // Skip to the end of the tag, honouring quoted attribute values that may contain '>'.
            QChar quote;
            while (j < n) {
                const QChar d = html[j];
                if (!quote.isNull()) {
                    if (d == quote)
                        quote = QChar();
                } else if (d == u'"' || d == u'\'') {
                    quote = d;
                } else if (d == u'>') {
                    break;
                }
                ++j;
            }
            i = j < n ? j + 1 : n;
            if (!closing
                && (name.compare(u"script", Qt::CaseInsensitive) == 0
                    || name.compare(u"style", Qt::CaseInsensitive) == 0)) {
                const QString endTag = u"</"_qs + name.toString();
                const qsizetype end = html.indexOf(endTag, i, Qt::CaseInsensitive);
                i = end < 0 ? n : end;
                continue;
            }
            if (isBlockTag(name))
                pendingSpace = length > 0;
            continue;
        }
        if (c == u'&') {
            QString decoded;
            const qsizetype next = decodeReferenceAt(html, i, decoded);
            if (next != i) {
                for (QChar d : std::as_const(decoded))
                    append(d == QChar(0xA0) ? QChar(u' ') : d);
                i = next;
                continue;
            }
        }
        append(c);
        ++i;
    }
    out.truncate(length);
    return out;
}

QString escape(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;";
            break;
        case u'<':
            out += u"&lt;";
            break;
        case u'>':
            out += u"&gt;";
            break;
        case u'"':
            out += u"&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString resolveRelativeUrls(const QString &html, const QUrl &base)
{
    if (!base.isValid() || base.isRelative() || !html.contains(u'<'))
        return html;
    static constexpr std::array<const char16_t *, 7> kUrlAttributes
            = {u"href", u"src", u"cite", u"longdesc", u"poster", u"background", u"action"};
    QString out;
    const qsizetype n = html.size();
    qsizetype copied = 0;
    for (qsizetype i = html.indexOf(u'<'); i >= 0 && i < n;) {
        qsizetype j = i + 1;
        if (j >= n || !html[j].isLetter()) {
            i = html.indexOf(u'<', j);
            continue;
        }
        while (j < n && isNameChar(html[j]))
            ++j;
        // Walk the attributes of this tag.
        while (j < n && html[j] != u'>') {
            while (j < n && (html[j].isSpace() || html[j] == u'/'))
                ++j;
            const qsizetype attrStart = j;
            while (j < n && isNameChar(html[j]))
                ++j;
            const QStringView attr = QStringView(html).mid(attrStart, j - attrStart);
            if (attr.isEmpty()) {
                if (j < n && html[j] != u'>')
                    ++j;
                continue;
            }
            while (j < n && html[j].isSpace())
                ++j;
            if (j >= n || html[j] != u'=')
                continue;
            ++j;
            while (j < n && html[j].isSpace())
                ++j;
            qsizetype valueStart = j;
            qsizetype valueEnd = 0;
            if (j < n && (html[j] == u'"' || html[j] == u'\'')) {
                const QChar quote = html[j];
                valueStart = j + 1;
                valueEnd = html.indexOf(quote, valueStart);
                if (valueEnd < 0)
                    valueEnd = n;
                j = valueEnd < n ? valueEnd + 1 : n;
            } else {
                while (j < n && !html[j].isSpace() && html[j] != u'>')
                    ++j;
                valueEnd = j;
            }
            bool isUrlAttribute = false;
            for (const char16_t *name : kUrlAttributes)
                isUrlAttribute = isUrlAttribute || attr.compare(QStringView(name), Qt::CaseInsensitive) == 0;
            if (!isUrlAttribute)
                continue;
            const QString value = decodeEntities(QStringView(html).mid(valueStart, valueEnd - valueStart)).trimmed();
            const QUrl url(value);
            if (!url.isRelative() || value.startsWith(u'#'))
                continue;
            out += QStringView(html).mid(copied, valueStart - copied);
            out += escape(base.resolved(url).toString());
            copied = valueEnd;
        }
        // On after this tag, never back into it: a '<' inside an attribute value starts no tag, and
        // walking the rest of the tag again from each one made unended tags quadratic.
        i = html.indexOf(u'<', j);
    }
    if (copied == 0)
        return html;
    out += QStringView(html).mid(copied);
    return out;
}

void fixC1Controls(QString &text)
{
    // windows-1252's characters for 0x80-0x9F; 0 where it has none (those stay as they are).
    static constexpr std::array<char16_t, 32> kCp1252
            = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
               0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
               0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
    const qsizetype n = text.size();
    const QChar *data = text.constData();
    qsizetype i = 0;
    while (i < n && (data[i].unicode() < 0x80 || data[i].unicode() > 0x9F))
        ++i;
    if (i == n)
        return; // the common case: no copy, no detach
    for (; i < n; ++i) {
        const char16_t u = text.at(i).unicode();
        if (u >= 0x80 && u <= 0x9F && kCp1252[u - 0x80] != 0)
            text[i] = QChar(kCp1252[u - 0x80]);
    }
}

bool looksLikeHtml(QStringView text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'<' && (text[i + 1].isLetter() || text[i + 1] == u'/'))
            return true;
        if (text[i] == u'&' && (text[i + 1].isLetter() || text[i + 1] == u'#'))
            return true;
    }
    return false;
}

} // namespace tidings::html
