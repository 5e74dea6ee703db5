#include "XmlInput.h"

#include "util/Html.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <array>

namespace tidings::xmlinput {

QString HtmlEntityResolver::resolveUndeclaredEntity(const QString &name)
{
    if (const auto cp = html::namedEntity(name)) {
        if (firstUndeclared.isEmpty())
            firstUndeclared = name;
        return {QChar(*cp)};
    }
    return {};
}

qsizetype significantStart(QByteArrayView head)
{
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
        ++i;
    return i;
}

qsizetype declarationAfterWhitespace(QByteArrayView head)
{
    const qsizetype i = significantStart(head);
    const bool whitespace = i > (head.startsWith("\xEF\xBB\xBF") ? 3 : 0);
    return whitespace && head.sliced(i).startsWith("<?xml") ? i : 0;
}

QString repairXml(QString text)
{
    // White space before the declaration: see declarationAfterWhitespace.
    if (const qsizetype at = text.indexOf(u"<?xml"); at > 0 && QStringView(text).first(at).trimmed().isEmpty())
        text.remove(0, at);
    static const QRegularExpression encodingDecl(
            QStringLiteral(R"(^(\s*<\?xml[^>]*?)\s+encoding\s*=\s*["'][^"']*["'])"));
    text.replace(encodingDecl, u"\\1"_qs);
    QString out;
    out.reserve(text.size() + 64);
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == u'&') {
            qsizetype j = i + 1;
            if (j < n && text[j] == u'#')
                ++j;
            while (j < n && j - i < 40 && (text[j].isLetterOrNumber() || text[j] == u'_' || text[j] == u'.'))
                ++j;
            const bool isReference = j < n && text[j] == u';' && j > i + 1;
            if (isReference && text[i + 1] == u'#' && text[i + 2] == u'X') {
                out += u"&#x";
                i += 2;
                continue;
            }
            if (isReference) {
                const QStringView name = QStringView(text).mid(i + 1, j - i - 1);
                // A name neither XML nor HTML defines: keep the characters, literally.
                static constexpr std::array<QStringView, 5> kXmlEntities = {u"amp", u"lt", u"gt", u"quot", u"apos"};
                const bool known = name.startsWith(u'#') || html::namedEntity(name)
                        || std::find(kXmlEntities.begin(), kXmlEntities.end(), name) != kXmlEntities.end();
                out += known ? u"&"_qs : u"&amp;"_qs;
            } else {
                out += u"&amp;";
            }
            continue;
        }
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
            continue;
        if (u == 0xFFFE || u == 0xFFFF)
            continue;
        out += c;
    }
    return out;
}

QString declaredEncoding(const QByteArray &head)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)["'])"));
    const auto m = re.match(QString::fromLatin1(head.left(512)));
    return m.hasMatch() ? m.captured(1) : QString();
}

bool isLatin1Name(const QString &name)
{
    const QString n = name.toLower();
    return n == u"iso-8859-1" || n == u"latin1" || n == u"latin-1" || n == u"iso8859-1" || n == u"us-ascii";
}

QString decodeLeniently(const QByteArray &raw, const QString &charset)
{
    if (auto bomEncoding = QStringConverter::encodingForData(raw)) {
        QStringDecoder decoder(*bomEncoding);
        return decoder(raw);
    }
    for (const QString &name : {charset, declaredEncoding(raw)}) {
        if (name.isEmpty())
            continue;
        QStringDecoder decoder(name.toLatin1().constData());
        if (decoder.isValid()) {
            QString text = decoder(raw);
            if (!decoder.hasError())
                return text;
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(raw);
    if (!utf8.hasError())
        return text;
    QStringDecoder cp1252("windows-1252");
    return cp1252.isValid() ? cp1252(raw) : QString::fromLatin1(raw);
}

} // namespace tidings::xmlinput
