#include "AccountsPage.h"

#include "AccountListModel.h"
#include "storage/StorageThread.h"
#include "storage/Store.h"
#include "sync/accounts/AccountSyncWorker.h"
#include "sync/accounts/Keychain.h"
#include "util/Futures.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace tidings::ui {

using accounts::AccountSyncWorker;
using accounts::PasswordSource;
using accounts::ServiceKind;

AccountsPage::AccountsPage(AccountSyncWorker *worker, StorageThread *storage, StorageThread *reader,
                           accounts::SessionPasswords *session, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_storage(storage)
    , m_session(session)
    , m_model(new AccountListModel(reader, this))
    , m_view(new QTreeView(this))
    , m_details(new QLabel(this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
    , m_sync(new QPushButton(tr("S&ync Now"), this))
    , m_password(new QPushButton(tr("Change &Password…"), this))
{
    m_view->setObjectName(u"accounts"_qs);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(AccountListModel::NameColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(AccountListModel::ServiceColumn, QHeaderView::ResizeToContents);
    m_details->setObjectName(u"accountDetails"_qs);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *intro = new QLabel(tr("Sync subscriptions and read and starred articles with a feed service you also use "
                                "on other devices. Comment threads and products still come from each site."),
                             this);
    intro->setWordWrap(true);
    auto *add = new QPushButton(tr("A&dd Account…"), this);
    connect(add, &QPushButton::clicked, this, &AccountsPage::addAccount);
    connect(m_remove, &QPushButton::clicked, this, &AccountsPage::removeSelected);
    connect(m_sync, &QPushButton::clicked, this, &AccountsPage::syncSelected);
    connect(m_password, &QPushButton::clicked, this, &AccountsPage::changePasswordOfSelected);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_sync);
    buttons->addWidget(m_password);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AccountsPage::showSelected);
    connect(m_model, &AccountListModel::reloaded, this, [this] {
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
        showSelected();
    });
    connect(m_worker, &AccountSyncWorker::passwordChanged, this, [this](const accounts::AddedAccount &changed) {
        if (!changed.ok()) {
            m_note = tr("The password of %1 was not changed: %2").arg(changed.account.name, changed.error);
            showSelected();
            return;
        }
        m_note = changed.keptForSessionOnly
                ? tr("The new password of %1 is kept until Tidings quits: no keychain "
                     "runs on this desktop.")
                          .arg(changed.account.name)
                : tr("The new password of %1 is in the keychain; syncing…").arg(changed.account.name);
        showSelected();
        m_worker->sync(changed.account.id);
    });
    connect(m_worker, &AccountSyncWorker::accountSynced, this,
            [this](qint64, const QString &name, bool ok, const QString &message) {
                m_note = ok ? tr("%1 synced: %2").arg(name, message) : tr("%1 could not sync: %2").arg(name, message);
                m_model->reload();
            });
    m_model->reload();
    showSelected();
}

qint64 AccountsPage::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(AccountListModel::IdRole).toLongLong() : -1;
}

void AccountsPage::showSelected()
{
    const QModelIndex current = m_view->currentIndex();
    m_remove->setEnabled(current.isValid());
    m_sync->setEnabled(current.isValid());
    const bool keychain = current.isValid()
            && m_model->rows().at(current.row()).account.password.kind == PasswordSource::Kind::Keychain;
    m_password->setEnabled(keychain);
    m_password->setToolTip(current.isValid() && !keychain
                                   ? tr("This account's password comes from a file or a command: change it there.")
                                   : QString());
    if (!current.isValid()) {
        m_details->setText(m_model->rowCount() == 0 ? tr("No accounts yet.") : m_note);
        return;
    }
    QString text = current.siblingAtColumn(AccountListModel::NameColumn).data(Qt::ToolTipRole).toString();
    if (!m_note.isEmpty())
        text = m_note + u"\n\n"_qs + text;
    m_details->setText(text);
}

void AccountsPage::addAccount()
{
    auto *dialog = new AddAccountDialog(m_worker, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const accounts::AddedAccount &added = dialog->added();
        m_note = added.keptForSessionOnly
                ? tr("No keychain runs on this desktop, so Tidings keeps the password of %1 only until it quits "
                     "and asks for it once each time it starts. A password file or command avoids that.")
                          .arg(added.account.name)
                : tr("Added %1; its feeds and articles arrive with its first sync.").arg(added.account.name);
        m_model->reload();
        emit accountsChanged();
        // The account's feeds and articles arrive with its first sync, queued now (behind a sync under
        // way, if any: syncDue() would skip it then).
        m_worker->sync(added.account.id);
    });
    dialog->open();
}

void AccountsPage::removeSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const AccountListModel::Row row = m_model->rows().at(current.row());
    QString question = tr("Remove the account %1 from Tidings? Its feeds and articles go from this computer; "
                          "nothing changes on the service.")
                               .arg(row.account.name);
    if (row.waiting > 0) {
        question += u' '
                + tr("%n change(s) made here have not reached the service yet and would be lost.", nullptr,
                     int(row.waiting));
    }
    if (QMessageBox::question(this, tr("Remove Account"), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    const accounts::AccountRow account = row.account;
    whenReady(m_storage->run([id = account.id](Store &store) {
        accounts::AccountStore accounts(store);
        return accounts.removeAccount(id) ? QString() : accounts.error();
    }),
              this, [this, account](const QString &error) {
                  if (!error.isEmpty()) {
                      QMessageBox::warning(this, tr("Remove Account"),
                                           tr("The account could not be removed: %1").arg(error));
                      return;
                  }
                  // Its password goes from the keychain too, unless another account (another data
                  // folder) uses the same login: the key is the login, so only this folder's own
                  // entry is removed when it was the keychain's.
                  if (account.password.kind == PasswordSource::Kind::Keychain) {
                      (void)accounts::Keychain().remove(
                              accounts::Passwords::keychainKey(account.baseUrl, account.user));
                  }
                  m_model->reload();
                  emit accountsChanged();
              });
}

void AccountsPage::syncSelected()
{
    const qint64 id = selectedId();
    if (id < 0)
        return;
    m_note = tr("Syncing…");
    showSelected();
    m_worker->sync(id);
}

void AccountsPage::changePasswordOfSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const accounts::AccountRow &account = m_model->rows().at(current.row()).account;
    bool ok = false;
    const QString password
            = QInputDialog::getText(this, tr("Change Password"),
                                    tr("The new password of %1 at %2 (Tidings checks it with the service first):")
                                            .arg(account.user, account.baseUrl.host()),
                                    QLineEdit::Password, QString(), &ok);
    if (ok && !password.isEmpty())
        changePassword(account.id, password);
}

void AccountsPage::changePassword(qint64 accountId, const QString &password)
{
    for (const AccountListModel::Row &row : m_model->rows()) {
        if (row.account.id != accountId)
            continue;
        m_note = tr("Checking with the service…");
        showSelected();
        m_worker->changePassword(row.account, password, m_session);
        return;
    }
}

AddAccountDialog::AddAccountDialog(AccountSyncWorker *worker, accounts::SessionPasswords *session, QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_session(session)
    , m_service(new QComboBox(this))
    , m_address(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_source(new QComboBox(this))
    , m_passwordLabel(new QLabel(tr("&Password:"), this))
    , m_password(new QLineEdit(this))
    , m_locationLabel(new QLabel(tr("&Command:"), this))
    , m_location(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Add Account"));
    m_service->setObjectName(u"service"_qs);
    m_service->addItem(tr("Tiny Tiny RSS"), int(ServiceKind::TinyTinyRss));
    m_service->addItem(tr("Google Reader API (FreshRSS, Miniflux, Inoreader…)"), int(ServiceKind::GoogleReader));
    m_address->setObjectName(u"address"_qs);
    m_user->setObjectName(u"user"_qs);
    m_password->setObjectName(u"password"_qs);
    m_password->setEchoMode(QLineEdit::Password);
    m_source->setObjectName(u"passwordSource"_qs);
    m_source->addItem(tr("The desktop's keychain"), int(PasswordSource::Kind::Keychain));
    m_source->addItem(tr("A file only I can read"), int(PasswordSource::Kind::File));
    m_source->addItem(tr("What a command prints"), int(PasswordSource::Kind::Command));
    m_location->setObjectName(u"passwordLocation"_qs);
    m_name->setObjectName(u"name"_qs);
    m_status->setObjectName(u"status"_qs);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("A&ddress:"), m_address);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Password &kept in:"), m_source);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);
    m_locationLabel->setBuddy(m_location);
    form->addRow(m_locationLabel, m_location);
    form->addRow(tr("&Name:"), m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_add->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddAccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_service, &QComboBox::currentIndexChanged, this, &AddAccountDialog::updateFields);
    connect(m_source, &QComboBox::currentIndexChanged, this, &AddAccountDialog::updateFields);
    connect(m_user, &QLineEdit::textChanged, this, &AddAccountDialog::updateFields);
    connect(m_address, &QLineEdit::textChanged, this, &AddAccountDialog::updateFields);
    connect(m_worker, &AccountSyncWorker::accountAdded, this, &AddAccountDialog::finish);
    updateFields();
    resize(520, sizeHint().height());
}

void AddAccountDialog::updateFields()
{
    const auto kind = ServiceKind(m_service->currentData().toInt());
    m_address->setPlaceholderText(kind == ServiceKind::TinyTinyRss
                                          ? tr("https://example.org/tt-rss/")
                                          : tr("https://example.org/freshrss/api/greader.php"));
    const auto source = PasswordSource::Kind(m_source->currentData().toInt());
    const bool typed = source == PasswordSource::Kind::Keychain;
    if (source == PasswordSource::Kind::File) {
        m_locationLabel->setText(tr("&File:"));
        m_location->setPlaceholderText(tr("~/.config/tidings/service-password"));
    } else if (source == PasswordSource::Kind::Command) {
        m_locationLabel->setText(tr("&Command:"));
        m_location->setPlaceholderText(tr("pass show feeds/service"));
    }
    m_passwordLabel->setVisible(typed);
    m_password->setVisible(typed);
    m_locationLabel->setVisible(!typed);
    m_location->setVisible(!typed);
    const QUrl url = QUrl::fromUserInput(m_address->text().trimmed());
    m_name->setPlaceholderText(m_user->text().isEmpty() || url.host().isEmpty()
                                       ? tr("user@host")
                                       : accounts::AccountSetup::defaultName(m_user->text().trimmed(), url));
    m_add->setEnabled(!m_waiting && !m_address->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty());
}

void AddAccountDialog::setWaiting(bool waiting)
{
    m_waiting = waiting;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_service, m_address, m_user, m_source, m_password, m_location, m_name})
        w->setEnabled(!waiting);
    updateFields();
}

void AddAccountDialog::accept()
{
    if (m_waiting)
        return;
    if (m_added.ok() && m_added.account.id >= 0) {
        QDialog::accept();
        return;
    }
    accounts::NewAccount request;
    request.kind = ServiceKind(m_service->currentData().toInt());
    request.url = QUrl::fromUserInput(m_address->text().trimmed());
    request.user = m_user->text().trimmed();
    request.name = m_name->text().trimmed();
    request.sessionWithoutKeychain = m_session;
    const auto source = PasswordSource::Kind(m_source->currentData().toInt());
    QString location = m_location->text().trimmed();
    if (source == PasswordSource::Kind::File) {
        request.password = PasswordSource::file(QFileInfo(location).absoluteFilePath());
    } else if (source == PasswordSource::Kind::Command) {
        request.password = PasswordSource::command(location);
    } else {
        request.password = PasswordSource::keychain();
        request.typedPassword = m_password->text();
    }
    if (source != PasswordSource::Kind::Keychain && location.isEmpty()) {
        m_status->setText(source == PasswordSource::Kind::File ? tr("Name the file that holds the password.")
                                                               : tr("Give the command that prints the password."));
        return;
    }
    m_status->setText(tr("Checking with the service…"));
    setWaiting(true);
    m_worker->addAccount(request);
}

void AddAccountDialog::finish(const accounts::AddedAccount &added)
{
    if (!m_waiting)
        return; // another dialog's answer
    setWaiting(false);
    if (!added.ok()) {
        m_status->setText(added.error);
        return;
    }
    m_added = added;
    QDialog::accept();
}

} // namespace tidings::ui
