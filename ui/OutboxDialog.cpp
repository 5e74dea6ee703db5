#include "OutboxDialog.h"
#include "util/Futures.h"

#include "CommentText.h"
#include "DateText.h"
#include "Icons.h"
#include "storage/StorageThread.h"
#include "sync/OutboxService.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tidings::ui {
namespace {

enum Column { StateColumn, ArticleColumn, TextColumn, WrittenColumn, ColumnCount };

QString excerpt(const QString &text, int length = 80)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1) + u'…';
}

} // namespace

OutboxDialog::OutboxDialog(OutboxService *service, StorageThread *reader, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_reader(reader)
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(tr("Nothing waits: every comment you wrote is published."), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_cancel(new QPushButton(tr("&Cancel Comment"), this))
    , m_retry(new QPushButton(tr("&Try Now"), this))
    , m_goTo(new QPushButton(tr("&Go to Article"), this))
{
    setWindowTitle(tr("Outbox"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("State"), tr("Article"), tr("Comment"), tr("Written")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Comments not yet published"));
    m_list->setAccessibleDescription(tr("Each comment you wrote that is not published yet, with its state"));
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_list->setColumnWidth(StateColumn, fontMetrics().averageCharWidth() * 52);
    m_list->setColumnWidth(ArticleColumn, fontMetrics().averageCharWidth() * 24);
    m_list->setColumnWidth(WrittenColumn, fontMetrics().averageCharWidth() * 16);
    m_empty->setWordWrap(true);
    m_empty->hide();

    auto *buttons = new QHBoxLayout();
    buttons->addWidget(m_edit);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addStretch(1);
    buttons->addWidget(m_goTo);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    layout->addWidget(close);
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 24);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &OutboxDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (const OutboxItem *item = selected())
            emit goToArticle(item->articleId);
    });
    connect(m_edit, &QPushButton::clicked, this, &OutboxDialog::editSelected);
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancelSelected(true); });
    connect(m_retry, &QPushButton::clicked, this, &OutboxDialog::retrySelected);
    connect(m_goTo, &QPushButton::clicked, this, [this] {
        if (const OutboxItem *item = selected())
            emit goToArticle(item->articleId);
    });
    if (m_service) {
        connect(m_service, &OutboxService::itemChanged, this, &OutboxDialog::reload);
        connect(m_service, &OutboxService::countChanged, this, &OutboxDialog::reload);
        connect(m_service, &OutboxService::onlineChanged, this, &OutboxDialog::reload);
    }
    updateButtons();
    reload();
}

void OutboxDialog::reload()
{
    if (!m_reader)
        return;
    const quint64 generation = ++m_generation;
    whenReady(m_reader->run([](Store &store) { return Outbox(store.database()).unpublished(); }), this,
              [this, generation](const QList<OutboxItem> &items) {
                  if (generation == m_generation)
                      fill(items);
              });
}

void OutboxDialog::fill(const QList<OutboxItem> &items)
{
    const qint64 current = selected() ? selected()->id : -1;
    m_items = items;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const bool online = m_service && m_service->isOnline();
    m_list->clear();
    QTreeWidgetItem *keep = nullptr;
    for (const OutboxItem &item : items) {
        auto *row = new QTreeWidgetItem(m_list);
        const QString state = CommentText::state(CommentText::stateOf(item), online, now);
        row->setText(StateColumn, state);
        row->setToolTip(StateColumn, state);
        if (item.state == OutboxItem::State::Failed)
            row->setForeground(StateColumn, errorColour(m_list->palette()));
        row->setText(ArticleColumn, item.articleTitle);
        row->setToolTip(ArticleColumn, item.siteName + u": "_qs + item.articleTitle);
        QString text = excerpt(item.body);
        if (item.isReply())
            text = tr("To %1: %2").arg(item.parentAuthor.isEmpty() ? tr("Anonymous") : item.parentAuthor, text);
        row->setText(TextColumn, text);
        row->setToolTip(TextColumn, item.body);
        row->setText(WrittenColumn, DateText::relative(item.createdAt, now));
        row->setToolTip(WrittenColumn, DateText::exact(item.createdAt));
        row->setData(0, Qt::UserRole, item.id);
        if (item.id == current)
            keep = row;
    }
    m_list->setVisible(!items.isEmpty());
    m_empty->setVisible(items.isEmpty());
    if (keep)
        m_list->setCurrentItem(keep);
    else if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
    emit reloaded();
}

const OutboxItem *OutboxDialog::selected() const
{
    const QTreeWidgetItem *row = m_list->currentItem();
    if (!row)
        return nullptr;
    const qint64 id = row->data(0, Qt::UserRole).toLongLong();
    for (const OutboxItem &item : m_items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

void OutboxDialog::selectOutboxId(qint64 outboxId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == outboxId)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

void OutboxDialog::updateButtons()
{
    const OutboxItem *item = selected();
    m_edit->setEnabled(item && item->isEditable());
    m_cancel->setEnabled(item && item->isEditable());
    m_retry->setEnabled(item && item->state == OutboxItem::State::Failed);
    m_goTo->setEnabled(item != nullptr);
}

void OutboxDialog::cancelSelected(bool confirm)
{
    const OutboxItem *item = selected();
    if (!item || !m_service)
        return;
    const qint64 id = item->id;
    if (confirm
        && QMessageBox::question(this, tr("Cancel comment"),
                                 tr("Cancel this comment? It has not been sent, and its text will be gone."),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                != QMessageBox::Yes)
        return;
    whenReady(m_service->cancel(id), this, [this](const QString &error) {
        if (!error.isEmpty())
            QMessageBox::information(this, tr("Cancel comment"), error);
        reload();
    });
}

void OutboxDialog::retrySelected()
{
    const OutboxItem *item = selected();
    if (!item || !m_service)
        return;
    whenReady(m_service->retryNow(item->id), this, [this](const QString &error) {
        if (!error.isEmpty())
            QMessageBox::information(this, tr("Try again"), error);
        reload();
    });
}

void OutboxDialog::editSelected()
{
    const OutboxItem *found = selected();
    if (!found || !m_service)
        return;
    const OutboxItem item = *found;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
            this, tr("Change comment"), tr("Your comment under “%1”:").arg(item.articleTitle), item.body, &ok);
    if (!ok || text == item.body)
        return;
    NewComment changed;
    changed.articleId = item.articleId;
    changed.parentCommentId = item.parentCommentId;
    changed.parentOutboxId = item.parentOutboxId;
    changed.authorName = item.authorName;
    changed.authorEmail = item.authorEmail;
    changed.authorUrl = item.authorUrl;
    changed.body = text;
    whenReady(m_service->edit(item.id, changed), this, [this](const QString &error) {
        if (!error.isEmpty())
            QMessageBox::information(this, tr("Change comment"), error);
        reload();
    });
}

} // namespace tidings::ui
