#pragma once

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace tidings {
class OutboxService;
class StorageThread;
} // namespace tidings

namespace tidings::ui {

// Writing a comment under the thread: name, email (never shown publicly), an optional website and
// the text; a reply says whom it answers. What is typed is saved as a draft (through the writer,
// a moment after the last key) and comes back when the article is shown again, after a restart
// too. Post stores the comment in the outbox first and only then says it is saved.
class Composer : public QWidget
{
    Q_OBJECT

public:
    Composer(StorageThread *writer, StorageThread *reader, QWidget *parent = nullptr);
    ~Composer() override;

    void setService(OutboxService *service);
    // The article written under: its draft (the one written last) is read back. A draft typed for
    // the previous article is saved first.
    void setArticle(qint64 articleId, const QString &articleLink);
    // What the article's thread says about comments: closed (with the site's note) shows the note
    // instead of the form.
    void setCommentsOpen(std::optional<bool> open, const QString &note);
    [[nodiscard]] bool commentsClosed() const { return m_closed; }

    // Opens the form for a new comment under the article.
    void open();
    // Opens the form for a reply to a stored comment (commentId) or to one of the user's still in
    // the outbox (outboxId).
    void replyTo(qint64 commentId, qint64 outboxId, const QString &author);
    // Opens the form on a comment of the user's not yet sent, to change it.
    void editComment(qint64 outboxId);
    // Saves a pending draft now (the window closes, another article is shown).
    void flushDraft();

    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString replyingTo() const { return m_parentAuthor; }
    [[nodiscard]] qint64 parentCommentId() const { return m_parentCommentId; }
    [[nodiscard]] qint64 parentOutboxId() const { return m_parentOutboxId; }
    [[nodiscard]] QString statusText() const;

    // For tests and accessibility.
    [[nodiscard]] QLineEdit *nameField() const { return m_name; }
    [[nodiscard]] QLineEdit *emailField() const { return m_email; }
    [[nodiscard]] QLineEdit *websiteField() const { return m_website; }
    [[nodiscard]] QPlainTextEdit *textField() const { return m_text; }
    [[nodiscard]] QPushButton *postButton() const { return m_post; }
    [[nodiscard]] QLabel *closedLabel() const { return m_closedLabel; }

public slots:
    void post();
    void cancelReply();

signals:
    // The comment is stored in the outbox (its id there): the thread can show it.
    void posted(qint64 outboxId);
    void edited(qint64 outboxId);
    // A draft was read back (for tests: the form now shows it).
    void draftRestored();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void showForm(bool shown);
    void setStatus(const QString &text, bool error = false);
    void saveDraft();
    void loadDraft(qint64 parentCommentId, bool onlyIfAny);
    void checkOpen();
    void updateState();
    [[nodiscard]] qint64 draftKey() const { return m_parentCommentId; }
    [[nodiscard]] bool draftsApply() const { return m_parentOutboxId < 0 && m_editingOutboxId < 0; }

    QPointer<StorageThread> m_writer;
    QPointer<StorageThread> m_reader;
    QPointer<OutboxService> m_service;
    QPushButton *m_openButton;
    QWidget *m_form;
    QWidget *m_replyBar;
    QLabel *m_replyLabel;
    QToolButton *m_cancelReply;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_website;
    QPlainTextEdit *m_text;
    QPushButton *m_post;
    QPushButton *m_discard;
    QLabel *m_status;
    QLabel *m_closedLabel;
    bool m_draftUnsaved = false; // the last draft save failed (a full disk): said in the status line
    QTimer *m_draftTimer;

    qint64 m_articleId = -1;
    QString m_articleLink;
    qint64 m_parentCommentId = -1;
    qint64 m_parentOutboxId = -1;
    qint64 m_editingOutboxId = -1;
    QString m_parentAuthor;
    bool m_closed = false;
    bool m_openKnown = false;
    bool m_checkAsked = false;
    bool m_restoring = false; // text set by the program, not typed
    quint64 m_generation = 0; // drops draft reads for another article
};

} // namespace tidings::ui
