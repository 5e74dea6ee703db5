#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTimer;

namespace tidings {
class OutboxService;
class StorageThread;
class ThreadModel;
} // namespace tidings

namespace tidings::ui {

class Composer;
class ThreadView;

// Under the article: its comment thread (ThreadView over a ThreadModel) and the composer. Reads go
// to the reader thread; drafts, "seen" marks and comments to the writer (comments through the
// OutboxService). Once the thread has been shown for a moment, its comments are no longer new.
class CommentsPanel : public QWidget
{
    Q_OBJECT

public:
    CommentsPanel(StorageThread *writer, StorageThread *reader, QWidget *parent = nullptr);

    void setService(OutboxService *service);
    void showArticle(qint64 articleId, const QString &link);
    // Reads the thread shown again (a refresh changed it).
    void reload();
    void setSeenDelayMs(int ms);

    [[nodiscard]] qint64 articleId() const;
    [[nodiscard]] ThreadModel *model() const { return m_model; }
    [[nodiscard]] ThreadView *view() const { return m_view; }
    [[nodiscard]] Composer *composer() const { return m_composer; }
    [[nodiscard]] QString summaryText() const;

signals:
    void threadSeen(qint64 articleId);

private:
    void loaded();
    void cancelComment(qint64 outboxId);

    QPointer<StorageThread> m_writer;
    QPointer<OutboxService> m_service;
    ThreadModel *m_model;
    QLabel *m_summary;
    ThreadView *m_view;
    Composer *m_composer;
    QTimer *m_seenTimer;
    QTimer *m_reloadTimer; // outbox changes in a burst re-read the thread once
    qint64 m_selectAfterLoad = 0; // the key of a comment to show once it is read
    qint64 m_loadedArticle = -1;
};

} // namespace tidings::ui
