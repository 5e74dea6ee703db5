#include "ArticleView.h"

#include "util/Html.h"
#include "util/HtmlSanitizer.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QLocale>
#include <QScrollBar>
#include <QTextDocument>

namespace tidings::ui {

ArticleView::ArticleView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        if (scheme == u"http" || scheme == u"https" || scheme == u"mailto")
            QDesktopServices::openUrl(url);
    });
}

QVariant ArticleView::loadResource(int /*type*/, const QUrl & /*name*/)
{
    // Nothing is fetched from here: not images, not style sheets, not anything a document names.
    return {};
}

void ArticleView::showMessage(const QString &text)
{
    m_articleId = -1;
    setHtml(u"<p>"_qs + html::escape(text) + u"</p>"_qs);
}

void ArticleView::showArticle(const ArticleDetail &a)
{
    // The same article shown again (it changed in a refresh) keeps the reader's place in it.
    const int keptScroll = a.id == m_articleId ? verticalScrollBar()->value() : 0;
    m_articleId = a.id;
    html::SanitizeOptions options;
    options.base = QUrl(a.link);
    options.keepImages = false; // remote images need the user's leave; until then, their alt text
    const QLocale locale;
    auto when = [&locale](qint64 seconds) -> QString {
        if (seconds <= 0)
            return {};
        const QDateTime local = QDateTime::fromSecsSinceEpoch(seconds).toLocalTime();
        return locale.toString(local.date(), QLocale::LongFormat) + u", "_qs
                + locale.toString(local.time(), QLocale::ShortFormat);
    };
    QString page
            = u"<h1>"_qs + html::escape(a.title) + u"</h1><p style=\"color:palette(mid)\">"_qs + html::escape(a.site);
    if (!a.author.isEmpty())
        page += u" · "_qs + html::escape(a.author);
    if (a.publishedAt > 0)
        page += u" · "_qs + html::escape(when(a.publishedAt));
    const QString linkMarkup
            = u"<a href=\""_qs + html::escape(a.link) + u"\">"_qs + tr("Open the original") + u"</a>"_qs;
    const QString link = html::sanitize(linkMarkup); // the link is the feed's too: only http(s) survives
    if (!a.link.isEmpty())
        page += u" · "_qs + link;
    page += u"</p><div>"_qs + html::sanitize(a.bodyHtml, options) + u"</div>"_qs;
    if (!a.comments.isEmpty()) {
        page += u"<hr><h3>"_qs + tr("%n comment(s)", nullptr, int(a.comments.size())) + u"</h3>"_qs;
        for (const ArticleDetail::Comment &c : a.comments) {
            page += u"<div style=\"margin-left:%1px; margin-bottom:8px\"><p><b>"_qs.arg(qMin(c.depth, 8) * 24)
                    + html::escape(c.author.isEmpty() ? tr("Anonymous") : c.author) + u"</b> <small>"_qs
                    + html::escape(when(c.publishedAt)) + u"</small></p>"_qs + html::sanitize(c.contentHtml, options)
                    + u"</div>"_qs;
        }
    }
    setHtml(page);
    applyHighlight();
    verticalScrollBar()->setValue(keptScroll);
}

void ArticleView::setHighlightedWords(const QStringList &words)
{
    m_words = words;
    applyHighlight();
}

void ArticleView::applyHighlight()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat format;
    format.setBackground(QColor(255, 230, 120));
    format.setForeground(Qt::black);
    for (const QString &word : std::as_const(m_words)) {
        if (word.size() < 2)
            continue;
        QTextCursor cursor(document());
        while (!(cursor = document()->find(word, cursor)).isNull())
            selections.append({cursor, format});
    }
    setExtraSelections(selections);
}

} // namespace tidings::ui
