#include "NewsPane.h"

#include "ArticleListModel.h"
#include "ArticleView.h"
#include "CommentsPanel.h"
#include "SourceTreeModel.h"
#include "storage/StorageThread.h"
#include "util/Futures.h"

#include <QApplication>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace tidings::ui {

NewsPane::NewsPane(StorageThread *writer, StorageThread *reader, QWidget *parent)
    : QWidget(parent)
    , m_writer(writer)
    , m_readThread(reader)
    , m_sources(new SourceTreeModel(reader, this))
    , m_articles(new ArticleListModel(reader, this))
    , m_tree(new QTreeView(this))
    , m_list(new QTableView(this))
    , m_reader(new ArticleView(this))
    , m_comments(new CommentsPanel(writer, reader, this))
    , m_readerSplitter(new QSplitter(Qt::Vertical, this))
    , m_search(new QLineEdit(this))
    , m_splitter(new QSplitter(this))
    , m_readTimer(new QTimer(this))
    , m_searchTimer(new QTimer(this))
    , m_countsTimer(new QTimer(this))
{
    // Unread counts cost one GROUP BY over the unread rows (about 110 ms with 110,000 of them), so
    // marks made in quick succession share one reload.
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(300);
    connect(m_countsTimer, &QTimer::timeout, m_sources, &SourceTreeModel::reload);
    m_tree->setModel(m_sources);
    m_tree->setHeaderHidden(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(SourceTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(SourceTreeModel::UnreadColumn, QHeaderView::ResizeToContents);

    // A table, not a tree: every row has the same height, and a QTreeView re-lays out all its rows on
    // each page appended, which made scrolling through 100,000 articles quadratic.
    m_list->setModel(m_articles);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *header = m_list->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ArticleListModel::DateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ArticleListModel::CommentsColumn, QHeaderView::ResizeToContents);
    header->resizeSection(ArticleListModel::SiteColumn, fontMetrics().averageCharWidth() * 11);
    header->resizeSection(ArticleListModel::AuthorColumn, fontMetrics().averageCharWidth() * 11);

    m_search->setObjectName(u"search"_qs);
    m_search->setPlaceholderText(tr("Search articles (/)"));
    m_search->setClearButtonEnabled(true);
    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_search);
    middleLayout->addWidget(m_list);

    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(middle);
    m_readerSplitter->addWidget(m_reader);
    m_readerSplitter->addWidget(m_comments);
    m_readerSplitter->setStretchFactor(0, 3);
    m_readerSplitter->setStretchFactor(1, 2);
    m_readerSplitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_readerSplitter);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 3);
    // A first start has no saved state: sources narrow, list and reader sharing the rest.
    const int unit = fontMetrics().averageCharWidth();
    m_splitter->setSizes({unit * 26, unit * 95, unit * 70});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    m_reader->showMessage(tr("Select an article to read it."));

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &NewsPane::listCurrentSource);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &NewsPane::showCurrentArticle);
    // A list that was reset (another source) has no current row; nothing to keep showing.
    connect(m_articles, &QAbstractItemModel::modelReset, this, [this] { m_readTimer->stop(); });

    m_readTimer->setSingleShot(true);
    connect(m_readTimer, &QTimer::timeout, this, [this] { setReadMark(m_list->currentIndex().row(), true); });
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &NewsPane::applySearch);

    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        return s;
    };
    shortcut(QKeySequence(Qt::Key_J), [this] { moveBy(1); });
    shortcut(QKeySequence(Qt::Key_K), [this] { moveBy(-1); });
    shortcut(QKeySequence(Qt::Key_M), [this] { toggleRead(); });
    shortcut(QKeySequence(Qt::Key_S), [this] { toggleStar(); });
    shortcut(QKeySequence(Qt::Key_O), [this] { openOriginal(); });
    shortcut(QKeySequence(Qt::Key_Space), [this] { spaceBar(); });
    shortcut(QKeySequence(Qt::Key_I), [this] { m_reader->showImages(); });
    // Typing in the search field does not trigger these: QLineEdit claims printable keys first.
    shortcut(QKeySequence(Qt::Key_Slash), [this] { focusSearch(); });
}

void NewsPane::start()
{
    m_started = true;
    m_sources->reload();
    // The view may already have made a row current while nothing could be read; list it now.
    if (!m_tree->currentIndex().isValid())
        m_tree->setCurrentIndex(m_sources->index(0, 0)); // All articles
    else
        listCurrentSource();
}

void NewsPane::listCurrentSource()
{
    const QModelIndex current = m_tree->currentIndex();
    if (m_started && current.isValid() && m_search->text().isEmpty())
        m_articles->setFilter(current.data(SourceTreeModel::FilterRole).value<ArticleFilter>());
}

void NewsPane::refreshed(const ImportCounts &counts)
{
    reloadCounts();
    m_articles->loadNewer();
    if (counts.changedArticles.isEmpty() && !counts.changedOverflow)
        return;
    m_articles->reloadRows(counts.changedArticles, counts.changedOverflow);
    // The article being read changed (an edit, new comments under it): show it again, in place.
    const qint64 shown = m_reader->articleId();
    if (shown >= 0 && (counts.changedOverflow || counts.changedArticles.contains(shown))) {
        whenReady(m_readThread->run([shown](Store &store) {
            return articleDetail(store.database(), shown, ArticleParts::ArticleOnly);
        }),
                  this, [this, shown](const ArticleDetail &detail) {
                      if (m_reader->articleId() == shown && detail.id == shown)
                          m_reader->showArticle(detail);
                  });
        if (m_comments->articleId() == shown)
            m_comments->reload();
    }
}

void NewsPane::reloadCounts()
{
    m_countsTimer->start();
}

void NewsPane::markAllRead()
{
    const ArticleFilter filter = m_articles->filter();
    whenReady(m_writer->run([filter](Store &store) { return store.markAllRead(filter); }), this, [this](bool) {
        // Stored: now the list and the counts can say so.
        m_articles->setFilter(m_articles->filter());
        reloadCounts();
    });
}

void NewsPane::setReaderFontSize(int pointSize)
{
    QFont font = m_reader->font();
    font.setPointSize(pointSize > 0 ? pointSize : QApplication::font().pointSize());
    m_reader->setFont(font);
}

void NewsPane::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

QByteArray NewsPane::saveState() const
{
    return m_splitter->saveState();
}

void NewsPane::restoreState(const QByteArray &state)
{
    m_splitter->restoreState(state);
}

void NewsPane::showCurrentArticle()
{
    const int row = m_list->currentIndex().row();
    const qint64 id = m_articles->articleId(row);
    if (id < 0)
        return;
    whenReady(m_readThread->run(
                      [id](Store &store) { return articleDetail(store.database(), id, ArticleParts::ArticleOnly); }),
              this, [this, row, id](const ArticleDetail &detail) {
                  if (m_articles->articleId(m_list->currentIndex().row()) != id)
                      return; // the user moved on meanwhile
                  m_currentLink = detail.link;
                  m_reader->showArticle(detail);
                  m_comments->showArticle(detail.id, detail.link);
                  if (!m_articles->index(row, 0).data(ArticleListModel::ReadRole).toBool())
                      m_readTimer->start(m_readDwellMs);
              });
}

void NewsPane::showArticle(qint64 articleId)
{
    whenReady(m_readThread->run([articleId](Store &store) {
        return articleDetail(store.database(), articleId, ArticleParts::ArticleOnly);
    }),
              this, [this, articleId](const ArticleDetail &detail) {
                  if (detail.id != articleId)
                      return;
                  m_readTimer->stop();
                  m_currentLink = detail.link;
                  m_reader->showArticle(detail);
                  m_comments->showArticle(detail.id, detail.link);
              });
}

void NewsPane::moveBy(int delta)
{
    const int row = m_list->currentIndex().row() + delta;
    if (row < 0)
        return;
    if (row >= m_articles->rowCount()) {
        if (m_articles->canFetchMore({}))
            m_articles->fetchMore({});
        return;
    }
    m_list->setCurrentIndex(m_articles->index(row, 0));
}

void NewsPane::setReadMark(int row, bool read)
{
    const qint64 id = m_articles->articleId(row);
    if (id < 0)
        return;
    m_articles->setRead(row, read);
    // Stored first; the counts follow once it is.
    whenReady(m_writer->run([id, read](Store &store) { return store.setRead(id, read); }), this,
              [this](bool) { reloadCounts(); });
}

void NewsPane::toggleRead()
{
    const int row = m_list->currentIndex().row();
    m_readTimer->stop();
    setReadMark(row, !m_articles->index(row, 0).data(ArticleListModel::ReadRole).toBool());
}

void NewsPane::toggleStar()
{
    const int row = m_list->currentIndex().row();
    const qint64 id = m_articles->articleId(row);
    if (id < 0)
        return;
    const bool starred = !m_articles->index(row, 0).data(ArticleListModel::StarredRole).toBool();
    m_articles->setStarred(row, starred);
    whenReady(m_writer->run([id, starred](Store &store) { return store.setStarred(id, starred); }), this,
              [this](bool) { reloadCounts(); });
}

void NewsPane::openOriginal()
{
    const QUrl url(m_currentLink);
    if (url.scheme() == u"http" || url.scheme() == u"https")
        QDesktopServices::openUrl(url);
}

void NewsPane::spaceBar()
{
    QScrollBar *bar = m_reader->verticalScrollBar();
    if (bar->value() < bar->maximum()) {
        bar->setValue(bar->value() + bar->pageStep());
        return;
    }
    // At the end of the article: on to the next unread one.
    for (int row = m_list->currentIndex().row() + 1; row < m_articles->rowCount(); ++row) {
        if (!m_articles->index(row, 0).data(ArticleListModel::ReadRole).toBool()) {
            m_list->setCurrentIndex(m_articles->index(row, 0));
            return;
        }
    }
}

void NewsPane::applySearch()
{
    const QString query = m_search->text().trimmed();
    if (query.isEmpty()) {
        m_reader->setHighlightedWords({});
        listCurrentSource();
        return;
    }
    m_reader->setHighlightedWords(query.split(u' ', Qt::SkipEmptyParts));
    m_articles->setFilter({ArticleFilter::Kind::Search, -1, query});
}

} // namespace tidings::ui
