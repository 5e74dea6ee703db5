#include "HelpDialogs.h"

#include "Icons.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace tidings::ui {

namespace {

constexpr char kAreaProperty[] = "tidingsShortcutArea";

QString areaOf(const QAction *action)
{
    for (const QObject *o = action->parent(); o; o = o->parent()) {
        const QVariant area = o->property(kAreaProperty);
        if (area.isValid())
            return area.toString();
    }
    return {};
}

// "&Add Site…" as a list says it: "Add Site".
QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}

} // namespace

void ShortcutsDialog::setShortcutArea(QWidget *widget, const QString &name)
{
    widget->setProperty(kAreaProperty, name);
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setAccessibleDescription(tr("Every action that has keys, by the part of the window where the keys work"));

    QList<QTreeWidgetItem *> areas;
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QString area = areaOf(action);
        if (area.isEmpty())
            area = tr("Everywhere");
        QTreeWidgetItem *heading = nullptr;
        for (QTreeWidgetItem *a : std::as_const(areas)) {
            if (a->text(0) == area)
                heading = a;
        }
        if (!heading) {
            heading = new QTreeWidgetItem({area});
            QFont bold = heading->font(0);
            bold.setBold(true);
            heading->setFont(0, bold);
            heading->setFirstColumnSpanned(true);
            areas.append(heading);
        }
        QStringList keys;
        for (const QKeySequence &k : action->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        auto *item = new QTreeWidgetItem(heading, {plainText(action), keys.join(tr(" or "))});
        item->setToolTip(0, action->toolTip());
    }
    // The window's own commands first, then the panes in the order they were made.
    std::stable_sort(areas.begin(), areas.end(), [this](const QTreeWidgetItem *a, const QTreeWidgetItem *b) {
        return (a->text(0) == tr("Everywhere")) > (b->text(0) == tr("Everywhere"));
    });
    m_list->addTopLevelItems(areas);
    for (QTreeWidgetItem *a : std::as_const(areas))
        a->setFirstColumnSpanned(true);
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    const int unit = fontMetrics().averageCharWidth();
    resize(unit * 70, fontMetrics().height() * 32);
}

AboutDialog::AboutDialog(const QString &dataFolder, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Tidings"));
    auto *icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignHCenter);
    auto *title
            = new QLabel(tr("<h2>Tidings %1</h2>").arg(QCoreApplication::applicationVersion().toHtmlEscaped()), this);
    title->setAlignment(Qt::AlignHCenter);
    auto *what = new QLabel(tr("Reads a publisher's site, its comments and its shop, and keeps them to read offline."),
                            this);
    what->setWordWrap(true);
    what->setAlignment(Qt::AlignHCenter);
    auto *licence = new QLabel(tr("Free software under the GNU General Public License, version 3 or later: you may "
                                  "use, study, share and change it. It comes with no warranty."),
                               this);
    licence->setWordWrap(true);
    licence->setAlignment(Qt::AlignHCenter);
    auto *folderHeading = new QLabel(tr("Your data (back up this folder to keep it):"), this);
    auto *folder = new QLabel(QDir::toNativeSeparators(dataFolder), this);
    folder->setObjectName(u"dataFolder"_qs);
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    folder->setFocusPolicy(Qt::StrongFocus);
    folder->setAccessibleName(tr("Data folder"));
    folder->setAccessibleDescription(tr("The folder that holds the database and the image cache"));
    auto *qtVersion = new QLabel(tr("Built with Qt %1, running on Qt %2.")
                                         .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                                 this);
    qtVersion->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("&Open Data Folder"), QDialogButtonBox::ActionRole);
    connect(open, &QPushButton::clicked, this,
            [dataFolder] { QDesktopServices::openUrl(QUrl::fromLocalFile(dataFolder)); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(what);
    layout->addWidget(licence);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(folderHeading);
    layout->addWidget(folder);
    layout->addWidget(qtVersion);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

} // namespace tidings::ui
