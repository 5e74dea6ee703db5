#pragma once

#include <QDialog>

class QTreeWidget;

namespace tidings::ui {

// Every keyboard shortcut of a window, read from its QActions (menus, panes, the thread, the comment
// form), so the list cannot drift from what the keys do. Actions are grouped by the nearest widget
// that names an area with setShortcutArea().
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
    [[nodiscard]] QTreeWidget *list() const { return m_list; }

    // Names the part of the window whose actions are listed under that heading ("News", "Comment
    // thread"); headings are listed by rank, as the parts appear in the window.
    static void setShortcutArea(QWidget *widget, const QString &name, int rank);

private:
    QTreeWidget *m_list;
};

// The version, the licence and where the data lives.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const QString &dataFolder, QWidget *parent = nullptr);
};

} // namespace tidings::ui
