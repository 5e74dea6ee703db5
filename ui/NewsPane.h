#pragma once

#include <QWidget>

class QLineEdit;
class QSettings;
class QSplitter;
class QTimer;
class QTableView;
class QTreeView;
class QVBoxLayout;

namespace tidings {
struct ImportCounts;
class ArticleListModel;
class SourceTreeModel;
class StorageThread;
} // namespace tidings

namespace tidings::ui {

class ArticleView;
class CommentsPanel;

// Sources on the left, the article list in the middle, the reader on the right. Reads go to the
// reader thread, marks to the writer; the GUI thread runs no SQL.
//
// Keys: j/k or the arrows move, space pages down then moves to the next unread, m toggles read,
// s toggles the star, o opens the original, i shows the article's images, / (or Ctrl+F) searches.
class NewsPane : public QWidget
{
    Q_OBJECT

public:
    NewsPane(StorageThread *writer, StorageThread *reader, QWidget *parent = nullptr);

    // Once both threads' stores are open.
    void start();
    // After a refresh stored something: new counts, new articles above the list's top, changed
    // articles updated where they are (the list's rows, the reader if it shows one).
    void refreshed(const ImportCounts &counts);
    void reloadCounts();
    void focusSearch();
    // Marks read everything in the list shown (the selected source, or the search results).
    void markAllRead();
    void setReaderFontSize(int pointSize);

    void setReadDwellMs(int ms) { m_readDwellMs = ms; }
    // The splitters' and the article list's columns' sizes, kept across restarts.
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

    [[nodiscard]] ArticleListModel *articleModel() const { return m_articles; }
    [[nodiscard]] QTableView *articleList() const { return m_list; }
    [[nodiscard]] QTreeView *sourceTree() const { return m_tree; }
    [[nodiscard]] ArticleView *reader() const { return m_reader; }
    [[nodiscard]] CommentsPanel *comments() const { return m_comments; }
    // Puts a widget under the article, above its thread ("In this article"); it shows and hides itself.
    void setArticleExtras(QWidget *extras);
    // Shows one article in the reader whatever the list shows (the Outbox view's "Go to article").
    void showArticle(qint64 articleId);

signals:
    // Read or starred marks were stored (one article, or a whole list): changes an account sends up.
    void marked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showCurrentArticle();
    void moveBy(int delta);
    void toggleRead();
    void toggleStar();
    void openOriginal();
    void spaceBar();
    void setReadMark(int row, bool read);
    void applySearch();
    void listCurrentSource();
    // First start: the columns as wide as the first page's content needs, within limits.
    void fitColumns();
    [[nodiscard]] int fittedWidth(int column, int minChars, int maxChars) const;
    // Site and Author at their fitted (or chosen) widths, narrower while the title lacks room.
    void fitNames();
    // First start: the sources pane as wide as its names.
    void fitSources();

    StorageThread *m_writer;
    StorageThread *m_readThread;
    SourceTreeModel *m_sources;
    ArticleListModel *m_articles;
    QTreeView *m_tree;
    QTableView *m_list;
    ArticleView *m_reader;
    CommentsPanel *m_comments;
    QSplitter *m_readerSplitter; // the article above its thread
    QVBoxLayout *m_readerColumn = nullptr; // the article and its extras
    QLineEdit *m_search;
    QSplitter *m_splitter;
    QTimer *m_readTimer;
    QTimer *m_searchTimer;
    QTimer *m_countsTimer; // coalesces count reloads: one query for a burst of marks
    int m_readDwellMs = 1500;
    bool m_columnsFitted = false; // fitted, or restored from the settings
    bool m_fittingNames = false; // fitNames is resizing: not the user
    int m_siteWidth = 0; // the widths fitted or chosen, before fitNames narrows them
    int m_authorWidth = 0;
    bool m_sourcesFitted = false;
    bool m_started = false; // until the reader's store is open, a selection lists nothing
    QString m_currentLink;
};

} // namespace tidings::ui
