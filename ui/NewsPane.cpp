#include "NewsPane.h"

#include "ArticleListModel.h"
#include "ArticleView.h"
#include "CommentsPanel.h"
#include "SourceTreeModel.h"
#include "storage/StorageThread.h"
#include "util/Futures.h"

#include "DateText.h"
#include "HelpDialogs.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

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
    m_list->setTabKeyNavigation(false); // Tab leaves the list (the arrows move in it)
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // Title takes what the other columns leave; they are fitted to their content once the first
    // page is there (fitColumns), and the user's widths are kept from then on.
    QHeaderView *header = m_list->horizontalHeader();
    header->setObjectName(u"articleListHeader"_qs);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(fontMetrics().averageCharWidth() * 4);
    // "5 min ago" stays true: the dates are worded when painted, so a repaint a minute is enough.
    auto *clock = new QTimer(this);
    clock->setInterval(60 * 1000);
    connect(clock, &QTimer::timeout, m_list->viewport(), qOverload<>(&QWidget::update));
    clock->start();
    // A width the user gives Site or Author is the one they keep (fitNames narrows them only while
    // the list is too narrow for the title).
    connect(header, &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (m_fittingNames || !m_columnsFitted)
            return;
        if (column == ArticleListModel::SiteColumn)
            m_siteWidth = size;
        else if (column == ArticleListModel::AuthorColumn)
            m_authorWidth = size;
    });
    m_list->viewport()->installEventFilter(this);
    connect(m_articles, &ArticleListModel::pageLoaded, this, [this] {
        if (!m_columnsFitted)
            fitColumns();
    });
    connect(m_sources, &SourceTreeModel::reloaded, this, [this] {
        if (!m_sourcesFitted)
            fitSources();
    });

    m_tree->setAccessibleName(tr("Sources"));
    m_tree->setAccessibleDescription(
            tr("All articles, unread, starred, then each site and its feeds, with unread counts"));
    m_list->setAccessibleName(tr("Articles"));
    m_list->setAccessibleDescription(tr("The articles of the chosen source, newest first; unread ones in bold. "
                                        "j and k move, m toggles read, s the star"));
    m_search->setAccessibleName(tr("Search articles"));
    m_search->setAccessibleDescription(tr("Searches titles, authors and text as you type"));
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
    // The article with, under it, what else belongs to it (the products it names).
    auto *readerColumn = new QWidget(this);
    m_readerColumn = new QVBoxLayout(readerColumn);
    m_readerColumn->setContentsMargins(0, 0, 0, 0);
    m_readerColumn->setSpacing(0);
    m_readerColumn->addWidget(m_reader, 1);
    m_readerSplitter->addWidget(readerColumn);
    m_readerSplitter->addWidget(m_comments);
    m_readerSplitter->setObjectName(u"readerSplitter"_qs);
    m_readerSplitter->setStretchFactor(0, 1);
    m_readerSplitter->setStretchFactor(1, 1);
    m_readerSplitter->setChildrenCollapsible(false);
    // The article and its thread share the height evenly at first: the thread holds the composer
    // too, and with less it showed two comments.
    m_readerSplitter->setSizes({500, 500});
    m_splitter->addWidget(m_readerSplitter);
    m_splitter->setObjectName(u"newsSplitter"_qs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setChildrenCollapsible(false);
    // A first start has no saved state: sources as wide as their names (fitSources), the list and
    // the reader sharing the rest about evenly.
    const int unit = fontMetrics().averageCharWidth();
    m_splitter->setSizes({unit * 28, unit * 100, unit * 72});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    m_reader->showMessage(tr("Select an article to read it."));
    // Tab goes in reading order: sources, search, list, article, then the thread and its form.
    setTabOrder(m_tree, m_search);
    setTabOrder(m_search, m_list);
    setTabOrder(m_list, m_reader);

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

    // Actions, not bare shortcuts: Help ▸ Keyboard Shortcuts lists them from here.
    ShortcutsDialog::setShortcutArea(this, tr("News"), 1);
    auto shortcut = [this](const QString &text, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    shortcut(tr("Next article"), QKeySequence(Qt::Key_J), [this] { moveBy(1); });
    shortcut(tr("Previous article"), QKeySequence(Qt::Key_K), [this] { moveBy(-1); });
    shortcut(tr("Toggle read"), QKeySequence(Qt::Key_M), [this] { toggleRead(); });
    shortcut(tr("Toggle starred"), QKeySequence(Qt::Key_S), [this] { toggleStar(); });
    shortcut(tr("Open the original in the browser"), QKeySequence(Qt::Key_O), [this] { openOriginal(); });
    shortcut(tr("Page down; at the end, the next unread article"), QKeySequence(Qt::Key_Space), [this] { spaceBar(); });
    shortcut(tr("Show this article's images"), QKeySequence(Qt::Key_I), [this] { m_reader->showImages(); });
    // Typing in the search field does not trigger these: QLineEdit claims printable keys first.
    shortcut(tr("Search articles"), QKeySequence(Qt::Key_Slash), [this] { focusSearch(); });
}

void NewsPane::setArticleExtras(QWidget *extras)
{
    m_readerColumn->addWidget(extras);
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
        emit marked();
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

void NewsPane::saveState(QSettings &settings) const
{
    settings.setValue(u"news/splitter"_qs, m_splitter->saveState());
    settings.setValue(u"news/readerSplitter"_qs, m_readerSplitter->saveState());
    // Only widths the user could have seen: before the first page they are the defaults.
    if (m_columnsFitted) {
        settings.setValue(u"news/listHeader"_qs, m_list->horizontalHeader()->saveState());
        settings.setValue(u"news/nameWidths"_qs, QVariantList{m_siteWidth, m_authorWidth});
    }
}

void NewsPane::restoreState(const QSettings &settings)
{
    if (m_splitter->restoreState(settings.value(u"news/splitter"_qs).toByteArray()))
        m_sourcesFitted = true;
    m_readerSplitter->restoreState(settings.value(u"news/readerSplitter"_qs).toByteArray());
    QHeaderView *header = m_list->horizontalHeader();
    if (header->restoreState(settings.value(u"news/listHeader"_qs).toByteArray())) {
        // A saved state carries its resize modes; Title still takes the spare width.
        header->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
        const QVariantList names = settings.value(u"news/nameWidths"_qs).toList();
        m_siteWidth = names.value(0, header->sectionSize(ArticleListModel::SiteColumn)).toInt();
        m_authorWidth = names.value(1, header->sectionSize(ArticleListModel::AuthorColumn)).toInt();
        m_columnsFitted = true;
    }
}

int NewsPane::fittedWidth(int column, int minChars, int maxChars) const
{
    const int unit = fontMetrics().averageCharWidth();
    // Unread rows are bold, and either may be on screen: measure in bold.
    QFont bold = m_list->font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int padding = 2 * m_list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_list) + unit * 2;
    // QTableView makes it protected; QAbstractItemView offers it.
    int width = static_cast<const QAbstractItemView *>(m_list)->sizeHintForColumn(column);
    if (column == ArticleListModel::DateColumn) {
        // The widest way the list can word a date in this locale and language, whatever rows the
        // first page holds: "59 min ago", "23 hours ago", "6 days ago", "yesterday", a date.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const int year = QDate::currentDate().year();
        const QList<qint64> samples{now - 59 * 60,
                                    now - 23 * 3600,
                                    now - 6 * 86400,
                                    now - 47 * 3600,
                                    QDateTime(QDate(year - 1, 12, 28), QTime(12, 0)).toSecsSinceEpoch(),
                                    QDateTime(QDate(year - 1, 9, 30), QTime(12, 0)).toSecsSinceEpoch()};
        for (const qint64 then : samples)
            width = qMax(width, boldMetrics.horizontalAdvance(DateText::relative(then, now)) + padding);
    }
    const int headerWidth = m_list->horizontalHeader()->sectionSizeHint(column);
    return qBound(qMax(unit * minChars, headerWidth), width, qMax(unit * maxChars, headerWidth));
}

void NewsPane::fitColumns()
{
    if (m_articles->rowCount() == 0)
        return;
    m_columnsFitted = true;
    QHeaderView *header = m_list->horizontalHeader();
    // Site and author names: whole up to a sensible length, never cut to three letters.
    const int date = fittedWidth(ArticleListModel::DateColumn, 8, 24);
    const int comments = fittedWidth(ArticleListModel::CommentsColumn, 4, 10);
    m_siteWidth = fittedWidth(ArticleListModel::SiteColumn, 10, 20);
    m_authorWidth = fittedWidth(ArticleListModel::AuthorColumn, 10, 18);
    header->resizeSection(ArticleListModel::DateColumn, date);
    header->resizeSection(ArticleListModel::CommentsColumn, comments);
    fitNames();
}

void NewsPane::fitNames()
{
    if (m_siteWidth <= 0 || m_authorWidth <= 0)
        return;
    // In a narrow list (a wide reader, a small window) the names give way before the title does,
    // down to ten characters each; they grow back to the width fitted or chosen when there is room.
    QHeaderView *header = m_list->horizontalHeader();
    const int unit = fontMetrics().averageCharWidth();
    const int spare = m_list->viewport()->width() - unit * 24 - header->sectionSize(ArticleListModel::DateColumn)
            - header->sectionSize(ArticleListModel::CommentsColumn);
    int site = m_siteWidth;
    int author = m_authorWidth;
    if (site + author > spare) {
        const int floor = qMin(unit * 10, qMin(site, author));
        const int over = site + author - qMax(spare, 2 * floor);
        const int siteShare = over * site / (site + author);
        site = qMax(floor, site - siteShare);
        author = qMax(floor, author - (over - siteShare));
    }
    m_fittingNames = true;
    header->resizeSection(ArticleListModel::SiteColumn, site);
    header->resizeSection(ArticleListModel::AuthorColumn, author);
    m_fittingNames = false;
}

bool NewsPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Resize && m_columnsFitted)
        fitNames();
    return QWidget::eventFilter(watched, event);
}

void NewsPane::fitSources()
{
    if (m_sources->rowCount() == 0)
        return;
    m_sourcesFitted = true;
    // The names whole ("All articles", a site's name) beside their counts, the sites' feeds open or not.
    int names = 0;
    const std::function<void(const QModelIndex &, int)> measure = [&](const QModelIndex &parent, int depth) {
        for (int row = 0; row < m_sources->rowCount(parent); ++row) {
            const QModelIndex index = m_sources->index(row, SourceTreeModel::NameColumn, parent);
            QFont font = m_tree->font();
            if (const QVariant f = index.data(Qt::FontRole); f.canConvert<QFont>())
                font = f.value<QFont>();
            names = qMax(names,
                         QFontMetrics(font).horizontalAdvance(index.data().toString()) + depth * m_tree->indentation());
            measure(index, depth + 1);
        }
    };
    measure({}, 1);
    const int unit = fontMetrics().averageCharWidth();
    const int counts
            = qMax(static_cast<const QAbstractItemView *>(m_tree)->sizeHintForColumn(SourceTreeModel::UnreadColumn),
                   QFontMetrics(m_tree->font()).horizontalAdvance(u"000"_qs) + unit);
    const int wanted = qMin(names + unit * 4 + counts + m_tree->verticalScrollBar()->sizeHint().width()
                                    + 2 * m_tree->frameWidth(),
                            unit * 48);
    QList<int> sizes = m_splitter->sizes();
    if (sizes.size() != 3 || sizes.at(0) == wanted)
        return;
    // The list gives (or takes) what the sources need; the reader keeps its width.
    sizes[1] -= wanted - sizes.at(0);
    sizes[0] = wanted;
    m_splitter->setSizes(sizes);
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
    whenReady(m_writer->run([id, read](Store &store) { return store.setRead(id, read); }), this, [this](bool) {
        reloadCounts();
        emit marked();
    });
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
    whenReady(m_writer->run([id, starred](Store &store) { return store.setStarred(id, starred); }), this, [this](bool) {
        reloadCounts();
        emit marked();
    });
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
