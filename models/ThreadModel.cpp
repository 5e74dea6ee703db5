#include "ThreadModel.h"

#include "DateText.h"
#include "util/Futures.h"

#include "storage/StorageThread.h"
#include "util/Html.h"
#include "util/HtmlSanitizer.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

namespace tidings {

struct ThreadModel::Node
{
    ThreadEntry entry;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::shared_ptr<Node>> children;
};

namespace {

void renumber(ThreadModel::Node *parent, size_t from = 0)
{
    for (size_t i = from; i < parent->children.size(); ++i) {
        parent->children[i]->row = int(i);
        parent->children[i]->parent = parent;
    }
}

} // namespace

ThreadModel::ThreadModel(StorageThread *reader, QObject *parent)
    : QAbstractItemModel(parent)
    , m_reader(reader)
    , m_root(std::make_unique<Node>())
{ }

ThreadModel::~ThreadModel() = default;

ThreadModel::Snapshot ThreadModel::read(Database &db, qint64 articleId)
{
    Snapshot s;
    const ArticleDetail d = articleDetail(db, articleId);
    if (d.id < 0)
        return s;
    s.info.articleId = d.id;
    s.info.articleTitle = d.title;
    s.info.articleLink = d.link;
    s.info.commentsOpen = d.commentsOpen;
    s.info.commentsNote = d.commentsNote;
    s.info.threadSeenAt = d.threadSeenAt;
    s.info.count = int(d.comments.size());
    html::SanitizeOptions options;
    options.base = QUrl(d.link);
    options.keepImages = false; // a comment's images show as their alt text: nothing is loaded
    // Thread order with depths: a comment's parent is the latest comment one level up.
    std::vector<Node *> lastAtDepth;
    const bool reserved = [&d] {
        OutboxItem probe;
        probe.articleLink = d.link;
        return probe.isOnReservedHost();
    }();
    for (const ArticleDetail::Comment &c : d.comments) {
        auto node = std::make_shared<Node>();
        ThreadEntry &e = node->entry;
        e.key = c.id >= 0 ? c.id : -c.outboxId;
        e.commentId = c.id;
        e.outboxId = c.outboxId;
        e.author = c.author;
        e.authorUrl = c.authorUrl;
        e.publishedAt = c.publishedAt;
        e.bodyHtml = html::sanitize(c.contentHtml, options);
        e.bodyText = html::toPlainText(c.contentHtml).trimmed();
        e.link = c.link;
        e.isNew = c.isNew;
        e.mine = c.mine;
        e.pending = c.isPending();
        e.outboxState = c.outboxState;
        e.outboxError = c.outboxError;
        e.nextAttemptAt = c.nextAttemptAt;
        e.onReservedHost = reserved;
        if (e.isNew)
            ++s.info.newCount;
        const int depth = qBound(0, c.depth, int(lastAtDepth.size()));
        e.depth = depth;
        lastAtDepth.resize(size_t(depth));
        if (depth == 0) {
            node->row = int(s.top.size());
            s.top.push_back(node);
        } else {
            Node *parent = lastAtDepth.back();
            e.parentAuthor = parent->entry.author;
            node->parent = parent;
            node->row = int(parent->children.size());
            parent->children.push_back(node);
        }
        lastAtDepth.push_back(node.get());
    }
    return s;
}

void ThreadModel::setArticle(qint64 articleId)
{
    load(articleId, articleId != m_articleId);
}

void ThreadModel::reload()
{
    load(m_articleId, false);
}

void ThreadModel::load(qint64 articleId, bool reset)
{
    const quint64 generation = ++m_generation;
    if (reset) {
        // The old article's comments go at once: nothing of it may show under the new one.
        beginResetModel();
        m_root->children.clear();
        m_articleId = articleId;
        m_info = {};
        m_info.articleId = articleId;
        endResetModel();
    }
    if (articleId < 0 || !m_reader) {
        emit loaded();
        return;
    }
    ++m_pending;
    whenReady(m_reader->run([articleId](Store &store) { return read(store.database(), articleId); }), this,
              [this, generation](const Snapshot &snapshot) {
                  --m_pending;
                  if (generation != m_generation)
                      return; // a newer read is on its way
                  apply(snapshot);
              });
}

void ThreadModel::apply(const Snapshot &snapshot)
{
    if (snapshot.info.articleId != m_articleId && snapshot.info.articleId >= 0)
        return;
    merge(snapshot.top);
    m_info = snapshot.info;
    if (m_info.articleId < 0)
        m_info.articleId = m_articleId;
    emit loaded();
}

void ThreadModel::merge(std::vector<std::shared_ptr<Node>> top)
{
    // Make each parent's children hold the fresh keys in the fresh order: keep the rows whose key
    // stays (their data and then their own children merged the same way), remove the rows that
    // went, insert the rows that came. A work list rather than recursion: threads can be thousands
    // of replies deep.
    std::vector<std::pair<Node *, std::vector<std::shared_ptr<Node>>>> work;
    work.emplace_back(m_root.get(), std::move(top));
    while (!work.empty()) {
        auto [parent, fresh] = std::move(work.back());
        work.pop_back();
        const QModelIndex parentIndex = indexOf(parent);
        QSet<qint64> freshKeys;
        for (const auto &n : fresh)
            freshKeys.insert(n->entry.key);
        auto &old = parent->children;
        size_t i = 0;
        while (i < fresh.size()) {
            if (i >= old.size()) {
                beginInsertRows(parentIndex, int(i), int(fresh.size()) - 1);
                for (size_t k = i; k < fresh.size(); ++k)
                    old.push_back(fresh[k]);
                renumber(parent, i);
                endInsertRows();
                break;
            }
            Node *current = old[i].get();
            if (current->entry.key == fresh[i]->entry.key) {
                if (!(current->entry == fresh[i]->entry)) {
                    current->entry = fresh[i]->entry;
                    const QModelIndex idx = createIndex(int(i), 0, current);
                    emit dataChanged(idx, idx);
                }
                work.emplace_back(current, std::move(fresh[i]->children));
                ++i;
                continue;
            }
            if (!freshKeys.contains(current->entry.key)) {
                // Gone (cancelled, or moved elsewhere): remove it and the rows after it that went too.
                size_t last = i;
                while (last + 1 < old.size() && !freshKeys.contains(old[last + 1]->entry.key))
                    ++last;
                beginRemoveRows(parentIndex, int(i), int(last));
                old.erase(old.begin() + qsizetype(i), old.begin() + qsizetype(last) + 1);
                renumber(parent, i);
                endRemoveRows();
                continue;
            }
            // A new row before one that stays (or one that moved: its old copy ends up past the
            // end and goes below).
            beginInsertRows(parentIndex, int(i), int(i));
            old.insert(old.begin() + qsizetype(i), fresh[i]);
            renumber(parent, i);
            endInsertRows();
            ++i;
        }
        if (old.size() > fresh.size()) {
            beginRemoveRows(parentIndex, int(fresh.size()), int(old.size()) - 1);
            old.erase(old.begin() + qsizetype(fresh.size()), old.end());
            endRemoveRows();
        }
    }
}

ThreadModel::Node *ThreadModel::node(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ThreadModel::indexOf(Node *n) const
{
    if (!n || n == m_root.get())
        return {};
    return createIndex(n->row, 0, n);
}

const ThreadEntry *ThreadModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &node(index)->entry;
}

QModelIndex ThreadModel::indexForKey(qint64 key) const
{
    std::vector<Node *> stack;
    for (const auto &n : m_root->children)
        stack.push_back(n.get());
    while (!stack.empty()) {
        Node *n = stack.back();
        stack.pop_back();
        if (n->entry.key == key)
            return indexOf(n);
        for (const auto &c : n->children)
            stack.push_back(c.get());
    }
    return {};
}

QModelIndex ThreadModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    Node *p = node(parent);
    if (size_t(row) >= p->children.size())
        return {};
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex ThreadModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(node(child)->parent);
}

int ThreadModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(node(parent)->children.size());
}

int ThreadModel::columnCount(const QModelIndex & /*parent*/) const
{
    return 1;
}

QVariant ThreadModel::data(const QModelIndex &index, int role) const
{
    const ThreadEntry *e = entry(index);
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case AuthorRole:
        return e->author;
    case Qt::AccessibleTextRole:
        return QString(e->author + u": "_qs + e->bodyText);
    case Qt::ToolTipRole:
        return DateText::exact(e->publishedAt);
    case AuthorUrlRole:
        return e->authorUrl;
    case PublishedRole:
        return e->publishedAt;
    case BodyHtmlRole:
        return e->bodyHtml;
    case BodyTextRole:
        return e->bodyText;
    case IsNewRole:
        return e->isNew;
    case MineRole:
        return e->mine;
    case PendingRole:
        return e->pending;
    case OutboxStateRole:
        return e->outboxId >= 0 && e->pending ? int(e->outboxState) : -1;
    case OutboxErrorRole:
        return e->outboxError;
    case NextAttemptRole:
        return e->nextAttemptAt;
    case ReservedHostRole:
        return e->onReservedHost;
    case CommentIdRole:
        return e->commentId;
    case OutboxIdRole:
        return e->outboxId;
    case LinkRole:
        return e->link;
    case DepthRole:
        return e->depth;
    case ParentAuthorRole:
        return e->parentAuthor;
    case KeyRole:
        return e->key;
    default:
        return {};
    }
}

QHash<int, QByteArray> ThreadModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({{AuthorRole, "author"},
                  {AuthorUrlRole, "authorUrl"},
                  {PublishedRole, "published"},
                  {BodyHtmlRole, "bodyHtml"},
                  {BodyTextRole, "bodyText"},
                  {IsNewRole, "isNew"},
                  {MineRole, "mine"},
                  {PendingRole, "pending"},
                  {OutboxStateRole, "outboxState"},
                  {OutboxErrorRole, "outboxError"},
                  {NextAttemptRole, "nextAttempt"},
                  {ReservedHostRole, "reservedHost"},
                  {CommentIdRole, "commentId"},
                  {OutboxIdRole, "outboxId"},
                  {LinkRole, "link"},
                  {DepthRole, "depth"},
                  {ParentAuthorRole, "parentAuthor"},
                  {KeyRole, "key"}});
    return names;
}

} // namespace tidings
