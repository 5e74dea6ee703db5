#pragma once

#include "sync/accounts/AccountStore.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace tidings {

class StorageThread;

// The accounts with feed services (Preferences ▸ Accounts): name, service, state and last sync, with
// what each holds. Read on the reader thread; a reload replaces the few rows whole.
class AccountListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ServiceColumn, StateColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        ErrorRole, // QString: the last error in words, empty when the last sync went through
        KindRole, // int: accounts::ServiceKind
    };

    struct Row
    {
        accounts::AccountRow account;
        qint64 feeds = 0;
        qint64 articles = 0;
        qint64 waiting = 0; // changes made here, not yet accepted by the service
    };

    explicit AccountListModel(StorageThread *reader, QObject *parent = nullptr);

    void reload();
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // The service's kind as users know it: "Tiny Tiny RSS", "Google Reader API".
    [[nodiscard]] static QString serviceName(accounts::ServiceKind kind);

signals:
    void reloaded();

private:
    QPointer<StorageThread> m_reader;
    QList<Row> m_rows;
};

} // namespace tidings
