#include "Composer.h"

#include "HelpDialogs.h"
#include "Icons.h"
#include "util/Futures.h"

#include "CommentText.h"
#include "storage/Outbox.h"
#include "storage/StorageThread.h"
#include "sync/OutboxService.h"

#include <QAction>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace tidings::ui {
namespace {

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

bool onReservedHost(const QString &link)
{
    OutboxItem probe;
    probe.articleLink = link;
    return probe.isOnReservedHost();
}

} // namespace

Composer::Composer(StorageThread *writer, StorageThread *reader, QWidget *parent)
    : QWidget(parent)
    , m_writer(writer)
    , m_reader(reader)
    , m_openButton(new QPushButton(tr("Write a comment…"), this))
    , m_form(new QWidget(this))
    , m_replyBar(new QWidget(m_form))
    , m_replyLabel(new QLabel(m_replyBar))
    , m_cancelReply(new QToolButton(m_replyBar))
    , m_name(new QLineEdit(m_form))
    , m_email(new QLineEdit(m_form))
    , m_website(new QLineEdit(m_form))
    , m_text(new QPlainTextEdit(m_form))
    , m_post(new QPushButton(tr("Post"), m_form))
    , m_discard(new QPushButton(tr("Close"), m_form))
    , m_status(new QLabel(this))
    , m_closedLabel(new QLabel(this))
    , m_draftTimer(new QTimer(this))
{
    m_openButton->setFlat(true);
    m_openButton->setCursor(Qt::IBeamCursor);
    m_openButton->setStyleSheet(u"text-align: left; padding: 6px;"_qs);
    connect(m_openButton, &QPushButton::clicked, this, &Composer::open);

    m_cancelReply->setText(tr("Cancel reply"));
    m_cancelReply->setAutoRaise(true);
    connect(m_cancelReply, &QToolButton::clicked, this, &Composer::cancelReply);
    auto *replyLayout = new QHBoxLayout(m_replyBar);
    replyLayout->setContentsMargins(0, 0, 0, 0);
    replyLayout->addWidget(m_replyLabel, 1);
    replyLayout->addWidget(m_cancelReply);
    m_replyBar->hide();

    m_name->setPlaceholderText(tr("Your name"));
    m_email->setPlaceholderText(tr("you@example.org"));
    m_website->setPlaceholderText(tr("https:// (optional)"));
    m_name->setAccessibleName(tr("Name"));
    m_email->setAccessibleName(tr("Email"));
    m_website->setAccessibleName(tr("Website"));
    m_text->setAccessibleName(tr("Comment"));
    m_email->setAccessibleDescription(tr("Never shown publicly"));
    m_website->setAccessibleDescription(tr("Optional"));
    m_text->setAccessibleDescription(tr("Blank lines separate paragraphs; Ctrl+Return posts"));
    m_openButton->setAccessibleDescription(tr("Opens the form to comment on the article"));
    m_text->setPlaceholderText(tr("Your comment. Blank lines separate paragraphs."));
    m_text->setTabChangesFocus(true);
    // A few lines: the thread above stays readable while the user writes.
    m_text->setMinimumHeight(fontMetrics().height() * 4);
    m_text->setMaximumHeight(fontMetrics().height() * 8);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *emailHint = new QLabel(tr("never shown publicly"), m_form);
    emailHint->setForegroundRole(QPalette::PlaceholderText);

    auto *grid = new QGridLayout();
    grid->setContentsMargins(0, 0, 0, 0);
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, m_form);
        l->setBuddy(buddy);
        return l;
    };
    grid->addWidget(label(tr("&Name"), m_name), 0, 0);
    grid->addWidget(m_name, 0, 1);
    grid->addWidget(label(tr("E&mail"), m_email), 0, 2);
    grid->addWidget(m_email, 0, 3);
    grid->addWidget(emailHint, 0, 4);
    grid->addWidget(label(tr("&Website"), m_website), 1, 0);
    grid->addWidget(m_website, 1, 1, 1, 3);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 2);

    m_post->setDefault(true);
    m_post->setToolTip(tr("Post (Ctrl+Return)"));
    connect(m_post, &QPushButton::clicked, this, &Composer::post);
    // Not the button's own shortcut: a button's setText() replaces it.
    // An action, so Help ▸ Keyboard Shortcuts lists it.
    auto *postAction = new QAction(tr("Post the comment (or save the change)"), m_form);
    postAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    postAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(postAction, &QAction::triggered, this, &Composer::post);
    m_form->addAction(postAction);
    ShortcutsDialog::setShortcutArea(this, tr("Comment form"), 3);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        // The text stays as a draft: closing the form loses nothing.
        flushDraft();
        if (m_editingOutboxId >= 0) {
            m_editingOutboxId = -1;
            m_restoring = true;
            m_text->clear();
            m_restoring = false;
        }
        showForm(false);
    });
    auto *buttons = new QHBoxLayout();
    buttons->addStretch(1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_post);

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_replyBar);
    formLayout->addLayout(grid);
    formLayout->addWidget(m_text);
    formLayout->addLayout(buttons);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Comment status"));
    m_status->hide();
    m_closedLabel->setWordWrap(true);
    m_closedLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addWidget(m_closedLabel);
    layout->addWidget(m_openButton);
    layout->addWidget(m_form);
    layout->addWidget(m_status);
    m_form->hide();

    // Remembered between comments and sessions.
    QSettings settings;
    m_name->setText(settings.value(u"comments/name"_qs).toString());
    m_email->setText(settings.value(u"comments/email"_qs).toString());
    m_website->setText(settings.value(u"comments/website"_qs).toString());

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(700);
    connect(m_draftTimer, &QTimer::timeout, this, &Composer::saveDraft);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_restoring && draftsApply())
            m_draftTimer->start();
    });
    updateState();
}

Composer::~Composer()
{
    flushDraft();
}

void Composer::hideEvent(QHideEvent *event)
{
    // The window closing hides it first, while the writer still runs.
    flushDraft();
    QWidget::hideEvent(event);
}

void Composer::setService(OutboxService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (!m_service)
        return;
    connect(m_service, &OutboxService::commentsChecked, this,
            [this](qint64 articleId, bool open, const QString &note, const QString &error) {
                if (articleId != m_articleId || !error.isEmpty())
                    return;
                setCommentsOpen(open, note);
            });
}

bool Composer::isOpen() const
{
    return m_form->isVisibleTo(this);
}

QString Composer::statusText() const
{
    return m_status->isVisibleTo(this) ? m_status->text() : QString();
}

void Composer::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, errorColour(p));
    m_status->setPalette(p);
}

void Composer::setArticle(qint64 articleId, const QString &articleLink)
{
    if (articleId == m_articleId)
        return;
    flushDraft();
    ++m_generation;
    m_articleId = articleId;
    m_articleLink = articleLink;
    m_parentCommentId = -1;
    m_parentOutboxId = -1;
    m_editingOutboxId = -1;
    m_parentAuthor.clear();
    m_closed = false;
    m_openKnown = false;
    m_checkAsked = false;
    m_restoring = true;
    m_text->clear();
    m_restoring = false;
    setStatus({});
    showForm(false);
    updateState();
    if (articleId < 0 || !m_reader)
        return;
    const quint64 generation = m_generation;
    whenReady(m_reader->run([articleId](Store &store) { return Outbox(store.database()).latestDraft(articleId); }),
              this, [this, generation](const std::optional<Outbox::Draft> &draft) {
                  if (generation != m_generation || !draft || m_closed)
                      return;
                  if (isOpen() && !m_text->toPlainText().isEmpty())
                      return; // the user started typing meanwhile
                  m_parentCommentId = draft->parentCommentId;
                  m_parentAuthor = draft->parentAuthor;
                  m_restoring = true;
                  m_text->setPlainText(draft->body);
                  m_restoring = false;
                  showForm(true);
                  updateState();
                  emit draftRestored();
              });
}

void Composer::setCommentsOpen(std::optional<bool> open, const QString &note)
{
    m_openKnown = open.has_value();
    const bool closed = open.has_value() && !*open;
    if (closed) {
        m_closedLabel->setText(note.isEmpty() ? tr("Comments are closed for this article.")
                                              : tr("Comments are closed: %1").arg(note));
    }
    if (closed == m_closed)
        return;
    m_closed = closed;
    if (closed)
        flushDraft(); // whatever was typed stays as a draft
    updateState();
}

void Composer::updateState()
{
    const bool has = m_articleId >= 0;
    m_closedLabel->setVisible(has && m_closed);
    const bool formShown = m_form->isVisibleTo(this);
    m_openButton->setVisible(has && !m_closed && !formShown);
    if (m_closed)
        m_form->hide();
    m_replyBar->setVisible(m_parentCommentId >= 0 || m_parentOutboxId >= 0 || m_editingOutboxId >= 0);
    if (m_editingOutboxId >= 0) {
        m_replyLabel->setText(tr("Changing your comment before it is sent"));
        m_cancelReply->setText(tr("Stop changing"));
        m_post->setText(tr("Save"));
    } else {
        m_replyLabel->setText(tr("Replying to %1").arg(m_parentAuthor.isEmpty() ? tr("Anonymous") : m_parentAuthor));
        m_cancelReply->setText(tr("Cancel reply"));
        m_post->setText(tr("Post"));
    }
}

void Composer::showForm(bool shown)
{
    m_form->setVisible(shown && !m_closed);
    updateState();
}

void Composer::open()
{
    if (m_articleId < 0 || m_closed)
        return;
    showForm(true);
    checkOpen();
    (m_name->text().isEmpty() ? static_cast<QWidget *>(m_name) : m_text)->setFocus();
}

void Composer::checkOpen()
{
    // Said before the user writes much: a look at the article's page, once, when the thread does
    // not know yet and the page can be reached.
    if (m_openKnown || m_checkAsked || !m_service || !m_service->isOnline())
        return;
    const QUrl page(m_articleLink);
    if ((page.scheme() != u"http" && page.scheme() != u"https") || onReservedHost(m_articleLink))
        return;
    m_checkAsked = true;
    m_service->checkComments(m_articleId, page);
}

void Composer::replyTo(qint64 commentId, qint64 outboxId, const QString &author)
{
    if (m_articleId < 0 || m_closed)
        return;
    flushDraft();
    const bool sameTarget = commentId == m_parentCommentId && outboxId == m_parentOutboxId;
    m_editingOutboxId = -1;
    m_parentCommentId = outboxId >= 0 ? -1 : commentId;
    m_parentOutboxId = outboxId;
    m_parentAuthor = author;
    if (!sameTarget) {
        m_restoring = true;
        m_text->clear();
        m_restoring = false;
        if (draftsApply())
            loadDraft(m_parentCommentId, true);
    }
    setStatus({});
    open();
}

void Composer::cancelReply()
{
    flushDraft();
    const bool wasEditing = m_editingOutboxId >= 0;
    m_parentCommentId = -1;
    m_parentOutboxId = -1;
    m_editingOutboxId = -1;
    m_parentAuthor.clear();
    m_restoring = true;
    m_text->clear();
    m_restoring = false;
    updateState();
    if (!wasEditing)
        loadDraft(-1, true);
}

void Composer::loadDraft(qint64 parentCommentId, bool onlyIfAny)
{
    if (!m_reader || m_articleId < 0)
        return;
    const qint64 articleId = m_articleId;
    const quint64 generation = m_generation;
    whenReady(m_reader->run([articleId, parentCommentId](Store &store) {
        return Outbox(store.database()).draft(articleId, parentCommentId);
    }),
              this, [this, generation, parentCommentId, onlyIfAny](const QString &body) {
                  if (generation != m_generation || parentCommentId != m_parentCommentId || !draftsApply())
                      return;
                  if ((onlyIfAny && body.isEmpty()) || !m_text->toPlainText().isEmpty())
                      return;
                  m_restoring = true;
                  m_text->setPlainText(body);
                  m_restoring = false;
                  emit draftRestored();
              });
}

void Composer::editComment(qint64 outboxId)
{
    if (!m_reader || m_articleId < 0)
        return;
    flushDraft();
    const quint64 generation = m_generation;
    whenReady(m_reader->run([outboxId](Store &store) { return Outbox(store.database()).item(outboxId); }), this,
              [this, generation](const std::optional<OutboxItem> &item) {
                  if (generation != m_generation || !item)
                      return;
                  if (!item->isEditable()) {
                      setStatus(tr("This comment has been sent already and can no longer be changed."), true);
                      return;
                  }
                  m_editingOutboxId = item->id;
                  m_parentCommentId = item->parentCommentId;
                  m_parentOutboxId = item->parentOutboxId;
                  m_parentAuthor = item->parentAuthor;
                  m_name->setText(item->authorName);
                  m_email->setText(item->authorEmail);
                  m_website->setText(item->authorUrl);
                  m_restoring = true;
                  m_text->setPlainText(item->body);
                  m_restoring = false;
                  setStatus({});
                  showForm(true);
                  m_text->setFocus();
              });
}

void Composer::flushDraft()
{
    if (!m_draftTimer->isActive())
        return;
    m_draftTimer->stop();
    saveDraft();
}

void Composer::saveDraft()
{
    if (!m_writer || m_articleId < 0 || !draftsApply())
        return;
    const qint64 articleId = m_articleId;
    const qint64 parent = draftKey();
    const QString body = m_text->toPlainText();
    whenReady(m_writer->run([articleId, parent, body](Store &store) {
        Outbox outbox(store.database());
        return outbox.saveDraft(articleId, parent, body, nowSeconds()) ? QString() : outbox.error();
    }),
              this, [this](const QString &error) {
                  // The words stay in the field either way; the user is told they are not stored yet.
                  if (!error.isEmpty()) {
                      m_draftUnsaved = true;
                      setStatus(tr("The draft could not be saved: %1. The text is still here; it is saved as soon "
                                   "as that is possible again.")
                                        .arg(error),
                                true);
                  } else if (m_draftUnsaved) {
                      m_draftUnsaved = false;
                      setStatus(tr("The draft is saved again."));
                  }
              });
}

void Composer::post()
{
    if (!m_service || m_articleId < 0 || m_closed)
        return;
    NewComment c;
    c.articleId = m_articleId;
    c.parentCommentId = m_parentCommentId;
    c.parentOutboxId = m_parentOutboxId;
    c.authorName = m_name->text();
    c.authorEmail = m_email->text();
    c.authorUrl = m_website->text();
    c.body = m_text->toPlainText();
    m_post->setEnabled(false);
    const quint64 generation = m_generation;
    const bool online = m_service->isOnline();
    if (m_editingOutboxId >= 0) {
        const qint64 id = m_editingOutboxId;
        whenReady(m_service->edit(id, c), this, [this, generation, id](const QString &error) {
            m_post->setEnabled(true);
            if (generation != m_generation)
                return;
            if (!error.isEmpty()) {
                setStatus(error, true);
                return;
            }
            m_editingOutboxId = -1;
            m_restoring = true;
            m_text->clear();
            m_restoring = false;
            cancelReply();
            showForm(false);
            setStatus(tr("Saved your changes."));
            emit edited(id);
        });
        return;
    }
    // A draft save still waiting must not bring the text back after the comment is queued.
    m_draftTimer->stop();
    const qint64 articleId = m_articleId;
    const qint64 draftParent = draftKey();
    const bool hadDraft = draftsApply();
    const bool reserved = onReservedHost(m_articleLink);
    whenReady(m_service->queue(c), this,
              [this, generation, online, articleId, draftParent, hadDraft, reserved,
               c](const OutboxService::QueueResult &result) {
                  m_post->setEnabled(true);
                  if (!result.item) {
                      if (generation == m_generation)
                          setStatus(result.error, true);
                      return;
                  }
                  // Stored: from here on it is safe to say so, and the draft has done its work.
                  if (hadDraft && m_writer) {
                      m_writer->run([articleId, draftParent](Store &store) {
                          return Outbox(store.database()).dropDraft(articleId, draftParent);
                      });
                  }
                  QSettings settings;
                  settings.setValue(u"comments/name"_qs, c.authorName.trimmed());
                  settings.setValue(u"comments/email"_qs, c.authorEmail.trimmed());
                  settings.setValue(u"comments/website"_qs, c.authorUrl.trimmed());
                  if (generation != m_generation)
                      return;
                  m_restoring = true;
                  m_text->clear();
                  m_restoring = false;
                  m_parentCommentId = -1;
                  m_parentOutboxId = -1;
                  m_parentAuthor.clear();
                  showForm(false);
                  const QString saved = reserved ? tr("Saved; kept here: the demo site is not on the network.")
                          : online               ? tr("Saved; posting now.")
                                                 : tr("Saved; it will be posted when you are online.");
                  setStatus(saved);
                  emit posted(result.item->id);
              });
}

} // namespace tidings::ui
