#include "AccountListModel.h"

#include "DateText.h"
#include "storage/StorageThread.h"
#include "storage/Store.h"
#include "util/Futures.h"

#include <QDateTime>

namespace tidings {

AccountListModel::AccountListModel(StorageThread *reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{ }

void AccountListModel::reload()
{
    if (!m_reader)
        return;
    whenReady(m_reader->run([](Store &store) {
        QList<Row> rows;
        accounts::AccountStore accounts(store);
        for (const accounts::AccountRow &a : accounts.accounts()) {
            const accounts::AccountHoldings held = accounts.holdings(a.id);
            rows.append({a, held.feeds, held.articles, held.waiting});
        }
        return rows;
    }),
              this, [this](const QList<Row> &rows) {
                  beginResetModel();
                  m_rows = rows;
                  endResetModel();
                  emit reloaded();
              });
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountListModel::serviceName(accounts::ServiceKind kind)
{
    switch (kind) {
    case accounts::ServiceKind::TinyTinyRss:
        return tr("Tiny Tiny RSS");
    case accounts::ServiceKind::GoogleReader:
        return tr("Google Reader API");
    }
    return {};
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const accounts::AccountRow &a = row.account;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return a.name;
        case ServiceColumn:
            return serviceName(a.kind);
        case StateColumn: {
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            if (a.lastSyncAt <= 0)
                return accounts::stateText(a.state);
            return tr("%1; synced %2").arg(accounts::stateText(a.state), DateText::relative(a.lastSyncAt, now));
        }
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString tip = tr("%1 as %2").arg(a.baseUrl.toString(), a.user) + u'\n'
                + tr("%n feed(s)", nullptr, int(row.feeds)) + u", "_qs + tr("%n article(s)", nullptr, int(row.articles))
                + u", "_qs + tr("%n change(s) to send", nullptr, int(row.waiting));
        if (!a.lastError.isEmpty())
            tip += u'\n' + tr("Last error: %1").arg(a.lastError);
        return tip;
    }
    case IdRole:
        return a.id;
    case ErrorRole:
        return a.lastError;
    case KindRole:
        return int(a.kind);
    default:
        return {};
    }
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Account");
    case ServiceColumn:
        return tr("Service");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace tidings
