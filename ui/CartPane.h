#pragma once

#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;
class QWidget;

namespace tidings {
class CartModel;
class StorageThread;
} // namespace tidings

namespace tidings::ui {

// The Cart tab: the lines with their quantities (edited in place), what changed since they were
// added, totals per store and currency, removal with undo, and checkout into each store's own pages.
class CartPane : public QWidget
{
    Q_OBJECT

public:
    explicit CartPane(StorageThread *writer, QWidget *parent = nullptr);

    // Once the store is open, and after a refresh (prices may have changed).
    void reload();
    // Adds a variant to the cart (from the Shop tab).
    void add(qint64 variantId, int quantity);
    // Opens each store's checkout with its part of the cart; held back (and said why) while a line
    // is out of stock. Returns the URLs handed to the browser.
    QList<QUrl> checkout();

    // How URLs reach the browser: QDesktopServices::openUrl unless a test says otherwise.
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

    [[nodiscard]] CartModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QPushButton *checkoutButton() const { return m_checkout; }
    [[nodiscard]] QPushButton *undoButton() const { return m_undo; }
    [[nodiscard]] QString totalsText() const;
    [[nodiscard]] QString noteText() const;

signals:
    // The number of items (quantities added up) changed: for the tab's title.
    void itemCountChanged(int items);
    void message(const QString &text);

private:
    void showCart();
    void removeSelected();
    [[nodiscard]] qint64 selectedLine() const;

    CartModel *m_model;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_totals;
    QLabel *m_note;
    QWidget *m_undoBar;
    QLabel *m_undoLabel;
    QPushButton *m_undo;
    QPushButton *m_remove;
    QPushButton *m_acknowledge;
    QPushButton *m_checkout;
    std::function<bool(const QUrl &)> m_openUrl;
};

} // namespace tidings::ui
