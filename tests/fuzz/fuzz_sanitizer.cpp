// The HTML sanitiser, which every article body, comment and product description goes through before
// it is shown, and the other readers of untrusted markup (plain text for search, relative links).
// Beyond crashes, it checks what the sanitiser promises: only allowed elements and attributes come
// out, and no URL of a scheme other than http(s), mailto (links), or a fragment.
#include "FuzzSupport.h"

#include "util/Html.h"
#include "util/HtmlSanitizer.h"

#include <QSet>

TIDINGS_FUZZ_INITIALIZE

namespace {

const QSet<QString> &allowedElements()
{
    static const QSet<QString> allowed
            = {u"a"_qs,          u"abbr"_qs,   u"b"_qs,     u"blockquote"_qs, u"br"_qs,    u"caption"_qs, u"cite"_qs,
               u"code"_qs,       u"dd"_qs,     u"del"_qs,   u"div"_qs,        u"dl"_qs,    u"dt"_qs,      u"em"_qs,
               u"figcaption"_qs, u"figure"_qs, u"h1"_qs,    u"h2"_qs,         u"h3"_qs,    u"h4"_qs,      u"h5"_qs,
               u"h6"_qs,         u"hr"_qs,     u"i"_qs,     u"img"_qs,        u"ins"_qs,   u"kbd"_qs,     u"li"_qs,
               u"mark"_qs,       u"ol"_qs,     u"p"_qs,     u"pre"_qs,        u"q"_qs,     u"s"_qs,       u"small"_qs,
               u"span"_qs,       u"strong"_qs, u"sub"_qs,   u"sup"_qs,        u"table"_qs, u"tbody"_qs,   u"td"_qs,
               u"tfoot"_qs,      u"th"_qs,     u"thead"_qs, u"tr"_qs,         u"u"_qs,     u"ul"_qs};
    return allowed;
}

// Reads the sanitiser's own output, which it writes in one regular form: <name attr="value" ...>.
void checkOutput(const QString &out, const QString &input)
{
    static const QSet<QString> attributes
            = {u"href"_qs, u"title"_qs, u"src"_qs, u"alt"_qs, u"width"_qs, u"height"_qs, u"colspan"_qs, u"rowspan"_qs};
    for (qsizetype i = out.indexOf(u'<'); i >= 0; i = out.indexOf(u'<', i + 1)) {
        const qsizetype end = out.indexOf(u'>', i);
        if (end < 0)
            tidings::fuzz::violated("sanitised HTML with an unclosed tag", input);
        QStringView tag = QStringView(out).mid(i + 1, end - i - 1);
        if (tag.startsWith(u'/'))
            tag = tag.mid(1);
        const qsizetype space = tag.indexOf(u' ');
        const QString name = tag.left(space < 0 ? tag.size() : space).toString();
        if (!allowedElements().contains(name))
            tidings::fuzz::violated("sanitised HTML keeps an element it must drop", name + u"\n"_qs + input);
        qsizetype j = space;
        while (j >= 0 && j < tag.size()) {
            // ' name="value"', the value escaped, so it holds no '"'.
            const qsizetype eq = tag.indexOf(u"=\"", j);
            const qsizetype close = eq < 0 ? -1 : tag.indexOf(u'"', eq + 2);
            if (eq < 0 || close < 0)
                tidings::fuzz::violated("sanitised HTML with a malformed attribute", tag.toString());
            const QString attribute = tag.mid(j + 1, eq - j - 1).toString();
            const QStringView value = tag.mid(eq + 2, close - eq - 2);
            if (!attributes.contains(attribute))
                tidings::fuzz::violated("sanitised HTML keeps an attribute it must drop", tag.toString());
            if ((attribute == u"href" || attribute == u"src") && !value.startsWith(u"http:")
                && !value.startsWith(u"https:") && !value.startsWith(u"mailto:") && !value.startsWith(u'#'))
                tidings::fuzz::violated("sanitised HTML keeps an unsafe URL", tag.toString());
            j = close + 1;
            if (j < tag.size() && tag[j] != u' ')
                tidings::fuzz::violated("sanitised HTML with attributes not separated", tag.toString());
        }
        i = end;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = tidings::fuzz::text(data, size);
    const QUrl base(QStringLiteral("https://blog.example/2026/11/article/"));
    tidings::html::SanitizeReport report;
    checkOutput(tidings::html::sanitize(input, {base, true}, &report), input);
    checkOutput(tidings::html::sanitize(input, {QUrl(), false}), input);
    (void)tidings::html::toPlainText(input);
    (void)tidings::html::resolveRelativeUrls(input, base);
    (void)tidings::html::looksLikeHtml(input);
    return 0;
}
