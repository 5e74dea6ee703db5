#pragma once

#include "shop/Cart.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace tidings {

class StorageThread;

// The cart's lines. Every change goes to the store (on the storage thread) first; the model shows
// what the store then holds, updating rows in place, so a crash never loses what the window showed.
class CartModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ProductColumn, PriceColumn, QuantityColumn, TotalColumn, NoteColumn, ColumnCount };
    enum Role {
        LineIdRole = Qt::UserRole + 1, // qint64 cart line id
        ChangedRole, // bool: price or availability changed since the shopper last looked
        AvailableRole, // bool
        SiteRole, // QString
        QuantityRole, // int
    };

    explicit CartModel(StorageThread *storage, QObject *parent = nullptr);

    // Reads the cart (after start-up, or a refresh that may have changed prices).
    void reload();
    // The user's actions; each is stored, then the lines are read again. failed() says why not.
    void add(qint64 variantId, int quantity);
    void setQuantity(qint64 lineId, int quantity);
    void remove(qint64 lineId);
    void undoRemove();
    void acknowledge(qint64 lineId);
    void acknowledgeAll();

    [[nodiscard]] const QList<CartLine> &lines() const { return m_lines; }
    [[nodiscard]] QList<CartTotal> totals() const { return Cart::totals(m_lines); }
    [[nodiscard]] int itemCount() const;
    [[nodiscard]] bool hasChanges() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // The lines as stored now (after any change and after reload()).
    void cartChanged();
    void added(const QString &title);
    // A line went; undoRemove() brings it back.
    void removed(const QString &title);
    void failed(const QString &error);

private:
    struct Outcome
    {
        QList<CartLine> lines;
        QString error;
        QString title; // of the line added or removed
    };
    void change(std::function<Outcome(Cart &)> job, void (CartModel::*notify)(const QString &) = nullptr);
    void applyLines(const QList<CartLine> &fresh);

    QPointer<StorageThread> m_storage;
    QList<CartLine> m_lines;
};

} // namespace tidings
