#pragma once

#include "storage/ArticleQueries.h"

#include <QTextBrowser>

namespace tidings::ui {

// The reader: one article and its comment thread. Article HTML is untrusted: it is shown only after
// html::sanitize, and the view loads nothing itself (loadResource refuses), so no remote request
// happens that the user did not ask for. Links open in the system browser.
class ArticleView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ArticleView(QWidget *parent = nullptr);

    void showArticle(const ArticleDetail &article);
    void showMessage(const QString &text);
    // Highlights these words (search terms) in the text shown.
    void setHighlightedWords(const QStringList &words);
    [[nodiscard]] qint64 articleId() const { return m_articleId; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void applyHighlight();

    qint64 m_articleId = -1;
    QStringList m_words;
};

} // namespace tidings::ui
