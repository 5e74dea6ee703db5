#include "ArticleView.h"

#include "DateText.h"

#include "net/RemoteImages.h"
#include "util/Html.h"
#include "util/HtmlSanitizer.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QLocale>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>

namespace tidings::ui {
namespace {

// The reader's own links (in the images bar). Sanitised article HTML can never produce them: only
// http(s) and mailto survive the sanitiser.
constexpr QLatin1String kShowImages("tidings:show-images");
constexpr QLatin1String kAlwaysShowImages("tidings:always-show-images");

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setAccessibleName(tr("Article"));
    setAccessibleDescription(tr("The article chosen in the list; space pages down, o opens the original"));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.toString() == kShowImages) {
            showImages();
            return;
        }
        if (url.toString() == kAlwaysShowImages) {
            setImagePolicy(Preferences::Images::Always);
            emit imagePolicyChosen(Preferences::Images::Always);
            return;
        }
        const QString scheme = url.scheme().toLower();
        if (scheme == u"http" || scheme == u"https" || scheme == u"mailto")
            QDesktopServices::openUrl(url);
    });
    // Shown images were fitted to the old width: show the article again for the new one (its images
    // come from memory, its place in the text is kept).
    m_refit.setSingleShot(true);
    m_refit.setInterval(200);
    connect(&m_refit, &QTimer::timeout, this, [this] {
        if (m_article.id >= 0)
            showArticle(m_article);
    });
    m_relayout.setSingleShot(true);
    m_relayout.setInterval(50);
    connect(&m_relayout, &QTimer::timeout, this, [this] {
        const int scroll = verticalScrollBar()->value();
        document()->markContentsDirty(0, document()->characterCount());
        verticalScrollBar()->setValue(scroll);
    });
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    if (m_loadImages && m_article.id >= 0)
        m_refit.start();
}

void ArticleView::setRemoteImages(RemoteImages *images)
{
    if (m_images)
        disconnect(m_images, nullptr, this, nullptr);
    m_images = images;
    if (m_images)
        connect(m_images, &RemoteImages::loaded, this, &ArticleView::imageArrived);
}

void ArticleView::setImagePolicy(Preferences::Images policy)
{
    if (policy == m_policy)
        return;
    m_policy = policy;
    if (m_article.id >= 0)
        render();
}

void ArticleView::showImages()
{
    if (m_article.id < 0 || !m_imagesHeldBack)
        return;
    m_imagesAllowedFor = m_article.id;
    render();
}

QVariant ArticleView::loadResource(int type, const QUrl &name)
{
    // Nothing is fetched from here but the article's images, when the preference or the user allows:
    // not style sheets, not anything else a document names.
    if (type != QTextDocument::ImageResource || !m_loadImages || !m_images)
        return {};
    const QImage image = m_images->cached(name);
    if (!image.isNull())
        return fitted(image);
    if (!m_images->request(name))
        return {};
    m_awaited.insert(name);
    // Until it arrives the image takes no room; the text does not wait for it.
    static const QImage placeholder = [] {
        QImage transparent(1, 1, QImage::Format_ARGB32);
        transparent.fill(Qt::transparent);
        return transparent;
    }();
    return placeholder;
}

void ArticleView::imageArrived(const QUrl &url, const QImage &image)
{
    if (!m_awaited.remove(url))
        return; // another article's, or this one's shown again meanwhile
    // A named resource takes precedence over the placeholder the document cached.
    document()->addResource(QTextDocument::ImageResource, url, fitted(image));
    m_relayout.start();
}

int ArticleView::imageRoom() const
{
    return viewport()->width() - 2 * int(document()->documentMargin()) - 4;
}

QImage ArticleView::fitted(const QImage &image) const
{
    const int room = imageRoom();
    if (room < 64 || image.width() <= room)
        return image;
    return image.scaledToWidth(room, Qt::SmoothTransformation);
}

void ArticleView::fitImageSizes()
{
    // WordPress writes width="1024" on its images: the layout would keep that size, wider than the
    // reader, whatever the image's pixels. Sizes that do not fit are scaled down, shape kept.
    const int room = imageRoom();
    if (room < 64)
        return;
    struct Oversized
    {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Oversized> oversized;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat() && format.toImageFormat().width() > room)
                oversized.append({fragment.position(), fragment.length(), format.toImageFormat()});
        }
    }
    for (Oversized &o : oversized) {
        const qreal scale = room / o.format.width();
        o.format.setWidth(room);
        if (o.format.height() > 0)
            o.format.setHeight(o.format.height() * scale);
        QTextCursor cursor(document());
        cursor.setPosition(o.position);
        cursor.setPosition(o.position + o.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(o.format);
    }
}

void ArticleView::showMessage(const QString &text)
{
    m_article = {};
    m_awaited.clear();
    m_loadImages = false;
    m_imagesHeldBack = false;
    setHtml(u"<p>"_qs + html::escape(text) + u"</p>"_qs);
}

void ArticleView::showWelcome(const QString &addSiteKeys)
{
    showMessage({});
    auto paragraph = [](const QString &text) -> QString {
        return u"<p>"_qs + html::escape(text) + u"</p>"_qs;
    };
    QString page = u"<h1>"_qs + html::escape(tr("Welcome to Tidings")) + u"</h1>"_qs;
    page += paragraph(tr("What you see is The Patch Bay, a made-up tech site that comes with Tidings, so there is "
                         "something to read, comments to follow and a shop to look at. It is never fetched."));
    page += paragraph(tr("To read a real site, choose File ▸ Add Site… (%1) and type its address, such as "
                         "example.com. Tidings finds its feeds, its comment threads and its shop by itself, and "
                         "keeps everything on this computer, so it reads offline too.")
                              .arg(addSiteKeys));
    page += paragraph(tr("Move through articles with j and k, page with the space bar, star with s, open the original "
                         "with o, and search with /."));
    setHtml(page);
}

void ArticleView::showArticle(const ArticleDetail &article)
{
    // The same article shown again (it changed in a refresh) keeps the reader's place in it.
    const int keptScroll = article.id == m_article.id ? verticalScrollBar()->value() : 0;
    m_article = article;
    render();
    verticalScrollBar()->setValue(keptScroll);
}

void ArticleView::render()
{
    const ArticleDetail &a = m_article;
    const bool allowed = m_policy == Preferences::Images::Always
            || (m_policy == Preferences::Images::Ask && m_imagesAllowedFor == a.id);
    m_loadImages = allowed && m_images != nullptr;
    m_awaited.clear();

    html::SanitizeOptions options;
    options.base = QUrl(a.link);
    options.keepImages = m_loadImages; // otherwise each image shows as its alt text
    html::SanitizeReport report;
    auto when = [](qint64 seconds) -> QString {
        return DateText::exact(seconds);
    };
    QString body = html::sanitize(a.bodyHtml, options, &report);
    m_imagesHeldBack = !m_loadImages && report.images > 0 && m_policy == Preferences::Images::Ask && m_images;

    QString page;
    if (m_imagesHeldBack) {
        page += u"<table width=\"100%\" cellpadding=\"6\" style=\"background-color:palette(alternate-base)\"><tr><td>"_qs
                + html::escape(tr("%n image(s) from the web not loaded, to keep what you read private.", nullptr,
                                  report.images))
                + u" <a href=\""_qs + kShowImages + u"\">"_qs + html::escape(tr("Show images"))
                + u"</a> · <a href=\""_qs + kAlwaysShowImages + u"\">"_qs + html::escape(tr("Always show images"))
                + u"</a></td></tr></table>"_qs;
    }
    page += u"<h1>"_qs + html::escape(a.title) + u"</h1><p style=\"color:palette(mid)\">"_qs + html::escape(a.site);
    if (!a.author.isEmpty())
        page += u" · "_qs + html::escape(a.author);
    if (a.publishedAt > 0)
        page += u" · "_qs + html::escape(when(a.publishedAt));
    const QString linkMarkup
            = u"<a href=\""_qs + html::escape(a.link) + u"\">"_qs + tr("Open the original") + u"</a>"_qs;
    const QString link = html::sanitize(linkMarkup); // the link is the feed's too: only http(s) survives
    if (!a.link.isEmpty())
        page += u" · "_qs + link;
    page += u"</p><div>"_qs + body + u"</div>"_qs;
    setHtml(page);
    if (m_loadImages)
        fitImageSizes();
    applyHighlight();
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
