#include "CommentsPanel.h"
#include "util/Futures.h"

#include "Composer.h"
#include "ThreadModel.h"
#include "ThreadView.h"
#include "storage/StorageThread.h"
#include "sync/OutboxService.h"

#include <QDateTime>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <QVBoxLayout>

namespace tidings::ui {

CommentsPanel::CommentsPanel(StorageThread *writer, StorageThread *reader, QWidget *parent)
    : QWidget(parent)
    , m_writer(writer)
    , m_model(new ThreadModel(reader, this))
    , m_summary(new QLabel(this))
    , m_view(new ThreadView(this))
    , m_composer(new Composer(writer, reader, this))
    , m_seenTimer(new QTimer(this))
    , m_reloadTimer(new QTimer(this))
{
    m_view->setModel(m_model);
    m_summary->setAccessibleName(tr("Comment count"));
    m_summary->setContentsMargins(8, 6, 8, 2);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_composer);

    connect(m_model, &ThreadModel::loaded, this, &CommentsPanel::loaded);
    connect(m_view, &ThreadView::replyRequested, this, [this](const QModelIndex &index) {
        m_composer->replyTo(
                index.data(ThreadModel::CommentIdRole).toLongLong(),
                index.data(ThreadModel::PendingRole).toBool() ? index.data(ThreadModel::OutboxIdRole).toLongLong() : -1,
                index.data(ThreadModel::AuthorRole).toString());
    });
    connect(m_view, &ThreadView::editRequested, m_composer, &Composer::editComment);
    connect(m_view, &ThreadView::cancelRequested, this, &CommentsPanel::cancelComment);
    connect(m_composer, &Composer::posted, this, [this](qint64 outboxId) {
        // The form closes; the keyboard stays in the thread, on the comment just written.
        m_view->setFocus();
        m_selectAfterLoad = -outboxId;
        m_model->reload();
    });
    connect(m_composer, &Composer::edited, this, [this] { m_model->reload(); });

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(100);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        if (m_model->articleId() >= 0)
            m_model->reload();
    });

    // Looking at the thread for a moment is what makes its comments seen.
    m_seenTimer->setSingleShot(true);
    m_seenTimer->setInterval(3000);
    connect(m_seenTimer, &QTimer::timeout, this, [this] {
        const qint64 id = m_model->articleId();
        if (id < 0 || !m_writer || !isVisible() || m_view->height() < 20)
            return;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        whenReady(m_writer->run([id, now](Store &store) { return Outbox(store.database()).markThreadSeen(id, now); }),
                  this, [this, id](bool) { emit threadSeen(id); });
    });
    m_summary->setText(tr("Comments"));
}

void CommentsPanel::setService(OutboxService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_composer->setService(service);
    if (!service)
        return;
    m_view->setOnline(service->isOnline());
    connect(service, &OutboxService::onlineChanged, m_view, &ThreadView::setOnline);
    connect(service, &OutboxService::itemChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(service, &OutboxService::commentsChecked, this,
            [this](qint64 articleId, bool, const QString &, const QString &error) {
                if (articleId == m_model->articleId() && error.isEmpty())
                    m_reloadTimer->start();
            });
}

void CommentsPanel::setSeenDelayMs(int ms)
{
    m_seenTimer->setInterval(ms);
}

qint64 CommentsPanel::articleId() const
{
    return m_model->articleId();
}

void CommentsPanel::showArticle(qint64 articleId, const QString &link)
{
    m_composer->setArticle(articleId, link);
    m_model->setArticle(articleId);
}

void CommentsPanel::reload()
{
    m_model->reload();
}

QString CommentsPanel::summaryText() const
{
    return m_summary->text();
}

void CommentsPanel::loaded()
{
    const ThreadInfo &info = m_model->info();
    QString text = info.count == 0 ? tr("No comments yet") : tr("%n comment(s)", nullptr, info.count);
    if (info.newCount > 0)
        text += u" · "_qs + tr("%n new", nullptr, info.newCount);
    m_summary->setText(text);
    m_composer->setCommentsOpen(info.commentsOpen, info.commentsNote);
    m_view->setRepliesAllowed(!m_composer->commentsClosed());
    const bool firstRead = info.articleId != m_loadedArticle;
    m_loadedArticle = info.articleId;
    if (firstRead) {
        m_view->expandAll();
        m_view->scrollToTop();
        m_view->setCurrentIndex({});
        if (info.count > 0)
            m_seenTimer->start();
        else
            m_seenTimer->stop();
    }
    if (m_selectAfterLoad != 0) {
        const QModelIndex index = m_model->indexForKey(m_selectAfterLoad);
        if (index.isValid()) {
            m_selectAfterLoad = 0;
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
        }
    }
}

void CommentsPanel::cancelComment(qint64 outboxId)
{
    if (!m_service)
        return;
    if (QMessageBox::question(this, tr("Cancel comment"),
                              tr("Cancel this comment? It has not been sent, and its text will be gone."),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    whenReady(m_service->cancel(outboxId), this, [this](const QString &error) {
        if (!error.isEmpty())
            QMessageBox::information(this, tr("Cancel comment"), error);
    });
}

} // namespace tidings::ui
