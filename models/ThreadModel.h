#pragma once

#include "storage/ArticleQueries.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <memory>
#include <optional>
#include <vector>

namespace tidings {

class StorageThread;

// One comment of a thread as the thread view shows it: what articleDetail() read, the body
// sanitised (off the GUI thread), and whom it answers.
struct ThreadEntry
{
    // Identity across re-reads: the stored comment's id, or minus the outbox id for a comment of the
    // user's that the server has not given back yet.
    qint64 key = 0;
    qint64 commentId = -1;
    qint64 outboxId = -1;
    int depth = 0;
    QString author;
    QString authorUrl;
    qint64 publishedAt = 0;
    QString bodyHtml; // sanitised
    QString bodyText; // plain text, for copying and screen readers
    QString link;
    QString parentAuthor; // whom a reply answers; empty for a top-level comment
    bool isNew = false;
    bool mine = false;
    bool pending = false; // in the outbox, not back from the server yet
    OutboxItem::State outboxState = OutboxItem::State::Published;
    QString outboxError;
    qint64 nextAttemptAt = 0;
    bool onReservedHost = false; // the demo site: kept, never sent
    friend bool operator==(const ThreadEntry &, const ThreadEntry &) = default;
};

// What the thread view says about the thread as a whole.
struct ThreadInfo
{
    qint64 articleId = -1;
    QString articleTitle;
    QString articleLink;
    std::optional<bool> commentsOpen; // not known until the site said
    QString commentsNote;
    qint64 threadSeenAt = 0;
    int count = 0;
    int newCount = 0;
};

// An article's comment thread as a tree by parent: each reply is a child of the comment it answers;
// the user's comments still in the outbox stand where they will be. Read (and sanitised) on the
// reader thread. Reading the same article again (after a refresh or an outbox change) changes the
// tree in place: rows that came are inserted, rows that went are removed, changed rows say
// dataChanged, so the view keeps its current comment, its scroll position and what is collapsed.
// Another article resets the model.
class ThreadModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        AuthorRole = Qt::UserRole + 1, // QString, may be empty (anonymous)
        AuthorUrlRole, // QString
        PublishedRole, // qint64 seconds since the epoch; 0 unknown (the tooltip has it in words)
        BodyHtmlRole, // QString, sanitised HTML
        BodyTextRole, // QString, plain text
        IsNewRole, // bool: stored since the user last looked at the thread
        MineRole, // bool: written in Tidings
        PendingRole, // bool: in the outbox, not back from the server yet
        OutboxStateRole, // int (OutboxItem::State) for a comment of the user's in the outbox, else -1
        OutboxErrorRole, // QString: why it failed or waits
        NextAttemptRole, // qint64 seconds since the epoch; 0 none
        ReservedHostRole, // bool: kept here, the site is not on the network (the demo)
        CommentIdRole, // qint64, -1 while pending
        OutboxIdRole, // qint64, -1 for a comment not written in Tidings
        LinkRole, // QString
        DepthRole, // int, 0 for a top-level comment
        ParentAuthorRole, // QString: whom a reply answers
        KeyRole, // qint64: identity across re-reads
    };

    explicit ThreadModel(StorageThread *reader, QObject *parent = nullptr);
    ~ThreadModel() override;

    // Reads this article's thread; another article than the one shown resets the model, the same one
    // is updated in place. -1 empties the model.
    void setArticle(qint64 articleId);
    // Reads the thread shown again.
    void reload();

    [[nodiscard]] qint64 articleId() const { return m_articleId; }
    [[nodiscard]] const ThreadInfo &info() const { return m_info; }
    [[nodiscard]] bool isLoading() const { return m_pending > 0; }
    // The row of a comment, by its key (ThreadEntry::key); invalid when it is not in the thread.
    [[nodiscard]] QModelIndex indexForKey(qint64 key) const;
    [[nodiscard]] const ThreadEntry *entry(const QModelIndex &index) const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    struct Node;
    // What one read brings: the thread and the article's comment settings.
    struct Snapshot
    {
        ThreadInfo info;
        std::vector<std::shared_ptr<Node>> top;
    };
    // The read itself (runs on the reader thread): articleDetail() made into a tree, bodies
    // sanitised. Public for the benchmark and tests.
    [[nodiscard]] static Snapshot read(Database &db, qint64 articleId);

signals:
    // A read was applied (info() is current).
    void loaded();

private:
    void load(qint64 articleId, bool reset);
    void apply(const Snapshot &snapshot);
    void merge(std::vector<std::shared_ptr<Node>> top);
    [[nodiscard]] Node *node(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(Node *node) const;

    QPointer<StorageThread> m_reader;
    std::unique_ptr<Node> m_root;
    qint64 m_articleId = -1;
    ThreadInfo m_info;
    quint64 m_generation = 0; // only the newest read is applied
    int m_pending = 0;
};

} // namespace tidings
