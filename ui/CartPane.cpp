#include "CartPane.h"

#include "CartModel.h"
#include "HelpDialogs.h"
#include "Icons.h"
#include "shop/Checkout.h"

#include <QAction>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace tidings::ui {
namespace {

// Quantities from 0 (removes the line, undoably) to the cart's limit.
class QuantityDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem & /*option*/,
                          const QModelIndex & /*index*/) const override
    {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, Cart::kMaxQuantity);
        spin->setFrame(false);
        return spin;
    }
};

} // namespace

CartPane::CartPane(StorageThread *writer, QWidget *parent)
    : QWidget(parent)
    , m_model(new CartModel(writer, this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(tr("Your cart is empty. Add products from the Shop tab."), this))
    , m_totals(new QLabel(this))
    , m_note(new QLabel(this))
    , m_undoBar(new QWidget(this))
    , m_undoLabel(new QLabel(m_undoBar))
    , m_undo(new QPushButton(tr("&Undo"), m_undoBar))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_acknowledge(new QPushButton(tr("&Accept Changes"), this))
    , m_checkout(new QPushButton(tr("Check &Out"), this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(CartModel::QuantityColumn, new QuantityDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false); // Tab goes on to the buttons; the arrows move between lines
    m_table->setAccessibleName(tr("Cart"));
    m_table->setAccessibleDescription(
            tr("The products in your cart; edit a quantity in place (0 removes the line), Delete removes it"));
    m_totals->setAccessibleName(tr("Totals"));
    // The product's name takes the room; the figures and the changes ("was $17.99, now $15.99") are
    // as wide as they are, so an empty Changes column is no wider than its heading.
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CartModel::ProductColumn, QHeaderView::Stretch);
    m_empty->setAlignment(Qt::AlignCenter);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setWordWrap(true);
    m_remove->setIcon(themedIcon(u"list-remove"_qs));
    m_checkout->setIcon(themedIcon(u"go-next"_qs));
    m_checkout->setToolTip(tr("Open each store's checkout in your browser with these items. Tidings never asks "
                              "for payment details."));
    m_acknowledge->setToolTip(tr("I have seen the new prices and availability"));

    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    undoLayout->addWidget(m_undoLabel, 1);
    undoLayout->addWidget(m_undo);
    m_undoBar->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addWidget(m_acknowledge);
    buttons->addStretch();
    buttons->addWidget(m_totals);
    buttons->addWidget(m_checkout);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_undoBar);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_table, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_note);

    connect(m_model, &CartModel::cartChanged, this, &CartPane::showCart);
    connect(m_model, &CartModel::failed, this, [this](const QString &error) {
        m_note->setText(error);
        emit message(error);
    });
    connect(m_model, &CartModel::added, this,
            [this](const QString &title) { emit message(tr("Added %1 to the cart.").arg(title)); });
    connect(m_model, &CartModel::removed, this, [this](const QString &title) {
        m_undoLabel->setText(tr("Removed %1 from the cart.").arg(title));
        m_undoBar->show();
    });
    connect(m_undo, &QPushButton::clicked, this, [this] {
        m_undoBar->hide();
        m_model->undoRemove();
    });
    connect(m_remove, &QPushButton::clicked, this, &CartPane::removeSelected);
    connect(m_acknowledge, &QPushButton::clicked, m_model, &CartModel::acknowledgeAll);
    connect(m_checkout, &QPushButton::clicked, this, [this] { (void)checkout(); });
    // Delete removes the chosen line (not while its quantity is being edited); Undo brings it back.
    // Actions, so Help ▸ Keyboard Shortcuts lists them.
    ShortcutsDialog::setShortcutArea(this, tr("Cart"), 6);
    auto *removeAction = new QAction(tr("Remove the chosen line"), m_table);
    removeAction->setShortcuts(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, &CartPane::removeSelected);
    m_table->addAction(removeAction);
    auto *undoAction = new QAction(tr("Undo the removal"), this);
    undoAction->setShortcuts(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(undoAction, &QAction::triggered, this, [this] {
        if (m_undoBar->isVisible())
            m_undo->click();
    });
    addAction(undoAction);
    showCart();
}

void CartPane::reload()
{
    m_model->reload();
}

void CartPane::add(qint64 variantId, int quantity)
{
    m_model->add(variantId, quantity);
}

qint64 CartPane::selectedLine() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(CartModel::LineIdRole).toLongLong() : -1;
}

void CartPane::removeSelected()
{
    const qint64 line = selectedLine();
    if (line >= 0)
        m_model->remove(line);
}

QString CartPane::totalsText() const
{
    return m_totals->text();
}

QString CartPane::noteText() const
{
    return m_note->text();
}

void CartPane::showCart()
{
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
    m_remove->setEnabled(!empty);
    m_checkout->setEnabled(!empty);
    m_acknowledge->setVisible(m_model->hasChanges());
    QStringList totals;
    for (const CartTotal &t : m_model->totals())
        totals.append(tr("%1: %2").arg(t.siteName, formatMoney(t.total)));
    m_totals->setText(totals.join(u"   "_qs));
    QStringList held;
    for (const CheckoutPlan &p : Checkout::plan(m_model->lines())) {
        if (!p.heldBack.isEmpty())
            held.append(p.heldBack);
    }
    if (!held.isEmpty())
        m_note->setText(held.join(u'\n'));
    else if (m_model->hasChanges())
        m_note->setText(tr("Prices or availability changed since you added some items; see Changes."));
    else if (!m_note->text().isEmpty() && empty)
        m_note->clear();
    emit itemCountChanged(m_model->itemCount());
}

QList<QUrl> CartPane::checkout()
{
    QList<QUrl> opened;
    QStringList notes;
    for (const CheckoutPlan &p : Checkout::plan(m_model->lines())) {
        if (!p.ready()) {
            notes.append(p.heldBack);
            continue;
        }
        for (const QUrl &url : p.urls) {
            if (m_openUrl(url))
                opened.append(url);
            else
                notes.append(tr("Could not open %1 in the browser.").arg(url.toString()));
        }
        notes.append(p.note);
    }
    m_note->setText(notes.join(u'\n'));
    return opened;
}

} // namespace tidings::ui
