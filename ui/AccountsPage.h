#pragma once

#include "sync/accounts/AccountSetup.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace tidings {
class AccountListModel;
class StorageThread;
namespace accounts {
class AccountSyncWorker;
class SessionPasswords;
} // namespace accounts
} // namespace tidings

namespace tidings::ui {

// Preferences ▸ Accounts: the accounts with feed services, added, synced and removed here. Acts at
// once (an account is stored when the service has accepted it), not when Preferences closes.
class AccountsPage : public QWidget
{
    Q_OBJECT

public:
    AccountsPage(accounts::AccountSyncWorker *worker, StorageThread *storage, StorageThread *reader,
                 accounts::SessionPasswords *session, QWidget *parent = nullptr);

    [[nodiscard]] AccountListModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }

    // Opens the Add Account dialog; what main windows and tests call.
    void addAccount();
    void removeSelected();
    void syncSelected();
    // Asks for the selected keychain account's new password (changed on the service).
    void changePasswordOfSelected();
    // Checks password with the service and keeps it in the keychain; then the account syncs.
    void changePassword(qint64 accountId, const QString &password);

signals:
    // An account was added or removed: the sources tree changes.
    void accountsChanged();

private:
    void showSelected();
    [[nodiscard]] qint64 selectedId() const;

    accounts::AccountSyncWorker *m_worker;
    StorageThread *m_storage;
    accounts::SessionPasswords *m_session;
    AccountListModel *m_model;
    QTreeView *m_view;
    QLabel *m_details;
    QPushButton *m_remove;
    QPushButton *m_sync;
    QPushButton *m_password;
    QString m_note; // what the last add or sync said, above the selected account's details
};

// Adds an account: the service, its address, the user and the password (or where the password
// lives). The credentials are checked with the service before anything is stored; what is wrong is
// said in the dialog, which stays open to correct it.
class AddAccountDialog : public QDialog
{
    Q_OBJECT

public:
    AddAccountDialog(accounts::AccountSyncWorker *worker, accounts::SessionPasswords *session,
                     QWidget *parent = nullptr);

    [[nodiscard]] const accounts::AddedAccount &added() const { return m_added; }

    // The fields, for tests.
    [[nodiscard]] QComboBox *serviceBox() const { return m_service; }
    [[nodiscard]] QLineEdit *addressEdit() const { return m_address; }
    [[nodiscard]] QLineEdit *userEdit() const { return m_user; }
    [[nodiscard]] QLineEdit *passwordEdit() const { return m_password; }
    [[nodiscard]] QComboBox *sourceBox() const { return m_source; }
    [[nodiscard]] QLineEdit *locationEdit() const { return m_location; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QPushButton *addButton() const { return m_add; }

    void accept() override;

private:
    void updateFields();
    void setWaiting(bool waiting);
    void finish(const accounts::AddedAccount &added);

    accounts::AccountSyncWorker *m_worker;
    accounts::SessionPasswords *m_session;
    QComboBox *m_service;
    QLineEdit *m_address;
    QLineEdit *m_user;
    QComboBox *m_source;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_locationLabel;
    QLineEdit *m_location;
    QLineEdit *m_name;
    QLabel *m_status;
    QPushButton *m_add;
    bool m_waiting = false;
    accounts::AddedAccount m_added;
};

} // namespace tidings::ui
