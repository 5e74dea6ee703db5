#pragma once

#include "Preferences.h"
#include "storage/ArticleQueries.h"

#include <QSet>
#include <QTextBrowser>
#include <QTimer>

namespace tidings {
class RemoteImages;
}

namespace tidings::ui {

// The reader: one article (its comment thread is shown under it by CommentsPanel). Article HTML is untrusted: it is
// shown only after html::sanitize, and the view loads nothing itself. Remote images are the one exception, and only as
// the user's preference says: always, never, or when asked for this article ("Show images", or i).
// They come from RemoteImages (its own thread and disk cache), so the text shows at once and each
// image appears when it has arrived. Links open in the system browser.
class ArticleView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ArticleView(QWidget *parent = nullptr);

    // Where remote images come from; without one, none are shown whatever the preference.
    void setRemoteImages(RemoteImages *images);
    void setImagePolicy(Preferences::Images policy);
    [[nodiscard]] Preferences::Images imagePolicy() const { return m_policy; }

    void showArticle(const ArticleDetail &article);
    void showMessage(const QString &text);
    // What a first start shows: what the demo site is and how to add a real one (with these keys).
    void showWelcome(const QString &addSiteKeys);
    // Loads the remote images of the article shown, whatever the preference says (Ask's "yes").
    void showImages();
    // Highlights these words (search terms) in the text shown.
    void setHighlightedWords(const QStringList &words);
    [[nodiscard]] qint64 articleId() const { return m_article.id; }
    // True when the article shown has remote images that the preference held back.
    [[nodiscard]] bool imagesHeldBack() const { return m_imagesHeldBack; }

signals:
    // The user chose "Always show images" in the reader.
    void imagePolicyChosen(tidings::ui::Preferences::Images policy);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    void applyHighlight();
    void imageArrived(const QUrl &url, const QImage &image);
    [[nodiscard]] int imageRoom() const; // the widest an image may be shown
    [[nodiscard]] QImage fitted(const QImage &image) const;
    void fitImageSizes();

    ArticleDetail m_article; // what is shown, so it can be shown again with its images
    RemoteImages *m_images = nullptr;
    Preferences::Images m_policy = Preferences::Images::Ask;
    qint64 m_imagesAllowedFor = -1; // the article the user said yes for, under Ask
    bool m_loadImages = false; // the article shown loads its images
    bool m_imagesHeldBack = false;
    QSet<QUrl> m_awaited; // images of the article shown that are on their way
    QTimer m_relayout; // images arriving together relayout the text once
    QTimer m_refit; // after a resize, images are fitted to the new width once
    QStringList m_words;
};

} // namespace tidings::ui
