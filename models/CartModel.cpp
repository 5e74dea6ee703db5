#include "CartModel.h"

#include "storage/StorageThread.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFont>
#include <QPalette>

namespace tidings {

CartModel::CartModel(StorageThread *storage, QObject *parent)
    : QAbstractTableModel(parent)
    , m_storage(storage)
{ }

void CartModel::change(std::function<Outcome(Cart &)> job, void (CartModel::*notify)(const QString &))
{
    if (!m_storage)
        return;
    QPointer<CartModel> self(this);
    m_storage
            // The application is the continuation's context, not this: Qt 6.4 asserts when the context is
            // gone before the job ends (a pane closed while a read runs). self says whether this still is.
            ->run([job = std::move(job)](Store &store) {
                Cart cart(store.database());
                Outcome outcome = job(cart);
                outcome.lines = cart.lines();
                return outcome;
            })
            .then(QCoreApplication::instance(), [self, notify](const Outcome &outcome) {
                if (!self)
                    return;
                self->applyLines(outcome.lines);
                if (!outcome.error.isEmpty())
                    emit self->failed(outcome.error);
                else if (notify)
                    (self->*notify)(outcome.title);
                emit self->cartChanged();
            });
}

void CartModel::reload()
{
    change([](Cart &) { return Outcome{}; });
}

void CartModel::add(qint64 variantId, int quantity)
{
    change(
            [variantId, quantity](Cart &cart) {
                Outcome o;
                if (cart.add(variantId, quantity) < 0) {
                    o.error = cart.error();
                    return o;
                }
                for (const CartLine &l : cart.lines()) {
                    if (l.variantId == variantId)
                        o.title = l.productTitle;
                }
                return o;
            },
            &CartModel::added);
}

void CartModel::setQuantity(qint64 lineId, int quantity)
{
    if (quantity == 0) {
        remove(lineId);
        return;
    }
    change([lineId, quantity](Cart &cart) {
        Outcome o;
        if (!cart.setQuantity(lineId, quantity))
            o.error = cart.error();
        return o;
    });
}

void CartModel::remove(qint64 lineId)
{
    change(
            [lineId](Cart &cart) {
                Outcome o;
                if (!cart.remove(lineId))
                    o.error = cart.error();
                else if (const auto removed = cart.lastRemoved())
                    o.title = removed->productTitle;
                return o;
            },
            &CartModel::removed);
}

void CartModel::undoRemove()
{
    change([](Cart &cart) {
        Outcome o;
        if (cart.undoRemove() < 0)
            o.error = cart.error();
        return o;
    });
}

void CartModel::acknowledge(qint64 lineId)
{
    change([lineId](Cart &cart) {
        Outcome o;
        if (!cart.acknowledge(lineId))
            o.error = cart.error();
        return o;
    });
}

void CartModel::acknowledgeAll()
{
    change([](Cart &cart) {
        Outcome o;
        if (!cart.acknowledgeAll())
            o.error = cart.error();
        return o;
    });
}

int CartModel::itemCount() const
{
    int n = 0;
    for (const CartLine &l : m_lines)
        n += l.quantity;
    return n;
}

bool CartModel::hasChanges() const
{
    return std::any_of(m_lines.cbegin(), m_lines.cend(), [](const CartLine &l) { return l.hasChange(); });
}

void CartModel::applyLines(const QList<CartLine> &fresh)
{
    // Rows stay where they are (no reset): the selection and the editor stay with their line.
    const auto has = [](const QList<CartLine> &lines, qint64 id) {
        return std::any_of(lines.cbegin(), lines.cend(), [id](const CartLine &l) { return l.id == id; });
    };
    for (int i = int(m_lines.size()) - 1; i >= 0; --i) {
        if (!has(fresh, m_lines[i].id)) {
            beginRemoveRows({}, i, i);
            m_lines.removeAt(i);
            endRemoveRows();
        }
    }
    // Lines keep their order in the store (site, then when added), so the rows left are in fresh's
    // order; anything else (a site renamed) is shown afresh.
    QList<qint64> kept;
    for (const CartLine &l : fresh) {
        if (has(m_lines, l.id))
            kept.append(l.id);
    }
    bool sameOrder = kept.size() == m_lines.size();
    for (qsizetype i = 0; sameOrder && i < kept.size(); ++i)
        sameOrder = kept[i] == m_lines[i].id;
    if (!sameOrder) {
        beginResetModel();
        m_lines = fresh;
        endResetModel();
        return;
    }
    for (int i = 0; i < fresh.size(); ++i) {
        if (i < m_lines.size() && m_lines[i].id == fresh[i].id) {
            if (!(m_lines[i] == fresh[i])) {
                m_lines[i] = fresh[i];
                emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
        } else {
            beginInsertRows({}, i, i);
            m_lines.insert(i, fresh[i]);
            endInsertRows();
        }
    }
}

int CartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CartLine &l = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProductColumn:
            return l.variantTitle.isEmpty() ? l.productTitle : tr("%1 (%2)").arg(l.productTitle, l.variantTitle);
        case PriceColumn:
            return formatMoney(l.price);
        case QuantityColumn:
            return l.quantity;
        case TotalColumn:
            return formatMoney(l.total());
        case NoteColumn:
            if (l.hasChange())
                return l.changeText();
            return l.available() ? QVariant() : QVariant(tr("out of stock"));
        default:
            return {};
        }
    case Qt::EditRole:
        return index.column() == QuantityColumn ? QVariant(l.quantity) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == ProductColumn ? QVariant(l.siteName) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == PriceColumn || index.column() == QuantityColumn || index.column() == TotalColumn
                ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                : QVariant();
    case Qt::FontRole:
        if (index.column() == NoteColumn && l.hasChange()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case LineIdRole:
        return l.id;
    case ChangedRole:
        return l.hasChange();
    case AvailableRole:
        return l.available();
    case SiteRole:
        return l.siteName;
    case QuantityRole:
        return l.quantity;
    default:
        return {};
    }
}

QVariant CartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProductColumn:
        return tr("Product");
    case PriceColumn:
        return tr("Price");
    case QuantityColumn:
        return tr("Quantity");
    case TotalColumn:
        return tr("Total");
    case NoteColumn:
        return tr("Changes");
    default:
        return {};
    }
}

Qt::ItemFlags CartModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == QuantityColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool CartModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != QuantityColumn || role != Qt::EditRole)
        return false;
    bool ok = false;
    const int quantity = value.toInt(&ok);
    if (!ok || quantity < 0 || quantity > Cart::kMaxQuantity)
        return false;
    // Stored first; the row changes when the store has it.
    setQuantity(m_lines.at(index.row()).id, quantity);
    return true;
}

} // namespace tidings
