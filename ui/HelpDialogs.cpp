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
#include <QRegularExpression>
#include <QScrollBar>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace tidings::ui {

namespace {

constexpr char kAreaProperty[] = "tidingsShortcutArea";
constexpr char kRankProperty[] = "tidingsShortcutRank";

struct Area
{
    QString name;
    int rank = 0;
};

Area areaOf(const QAction *action)
{
    for (const QObject *o = action->parent(); o; o = o->parent()) {
        const QVariant area = o->property(kAreaProperty);
        if (area.isValid())
            return {area.toString(), o->property(kRankProperty).toInt()};
    }
    return {ShortcutsDialog::tr("Everywhere"), 0};
}

// "&Add Site…" as a list says it: "Add Site".
QString plainText(const QAction *action)
{
    QString text = action->text();
    if (text.endsWith(u'…'))
        text.chop(1);
    // Chinese and Japanese write the mnemonic after the word, "文件(&F)": it goes whole.
    static const QRegularExpression cjkMnemonic(QStringLiteral(R"(\s*[(（]&\w[)）])"));
    text.remove(cjkMnemonic);
    text.remove(u'&');
    return text;
}

} // namespace

void ShortcutsDialog::setShortcutArea(QWidget *widget, const QString &name, int rank)
{
    widget->setProperty(kAreaProperty, name);
    widget->setProperty(kRankProperty, rank);
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
    QHash<QTreeWidgetItem *, int> ranks;
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        const Area area = areaOf(action);
        QTreeWidgetItem *heading = nullptr;
        for (QTreeWidgetItem *a : std::as_const(areas)) {
            if (a->text(0) == area.name)
                heading = a;
        }
        if (!heading) {
            heading = new QTreeWidgetItem({area.name});
            QFont bold = heading->font(0);
            bold.setBold(true);
            heading->setFont(0, bold);
            areas.append(heading);
            ranks.insert(heading, area.rank);
        }
        QStringList keys;
        for (const QKeySequence &k : action->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        auto *item = new QTreeWidgetItem(heading, {plainText(action), keys.join(tr(" or "))});
        item->setToolTip(0, action->toolTip());
    }
    std::stable_sort(areas.begin(), areas.end(),
                     [&ranks](QTreeWidgetItem *a, QTreeWidgetItem *b) { return ranks.value(a) < ranks.value(b); });
    m_list->addTopLevelItems(areas);
    for (QTreeWidgetItem *a : std::as_const(areas))
        a->setFirstColumnSpanned(true);
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    // Wide enough for both columns whole, whatever the language.
    const int wanted = m_list->header()->sectionSize(0) + m_list->header()->sectionSize(1)
            + m_list->verticalScrollBar()->sizeHint().width() + 4 * m_list->frameWidth()
            + fontMetrics().averageCharWidth() * 4;
    m_list->setMinimumWidth(qMin(wanted, 1000));
    resize(sizeHint().width(), fontMetrics().height() * 34);
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
