#pragma once

#include "storage/Outbox.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tidings {
class OutboxService;
class StorageThread;
} // namespace tidings

namespace tidings::ui {

// Everything the user wrote that is not published yet: state in words, article, text, what went
// wrong and when it is tried again. A comment not yet sent can be changed or cancelled, a failed one
// tried again; "Go to article" shows it under its article. Read on the reader thread, changed
// through the OutboxService; it follows every change while open.
class OutboxDialog : public QDialog
{
    Q_OBJECT

public:
    OutboxDialog(OutboxService *service, StorageThread *reader, QWidget *parent = nullptr);

    void reload();
    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    [[nodiscard]] const QList<OutboxItem> &items() const { return m_items; }
    // The actions on the selected comment; cancel asks first only when confirm is set.
    void cancelSelected(bool confirm = true);
    void retrySelected();
    void editSelected();
    void selectOutboxId(qint64 outboxId);

signals:
    void goToArticle(qint64 articleId);
    void reloaded();

private:
    [[nodiscard]] const OutboxItem *selected() const;
    void updateButtons();
    void fill(const QList<OutboxItem> &items);

    QPointer<OutboxService> m_service;
    QPointer<StorageThread> m_reader;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_edit;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_goTo;
    QList<OutboxItem> m_items;
    quint64 m_generation = 0;
};

} // namespace tidings::ui
