#include "DamagedStoreDialog.h"

#include <QLocale>
#include <QPushButton>

namespace tidings {

DamagedStoreDialog::DamagedStoreDialog(const QString &databasePath, const QString &problem,
                                       const StoreRecovery::Backup &backup, QWidget *parent)
    : QMessageBox(parent)
{
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Damaged Database"));
    setText(tr("Tidings cannot read its database: the file is damaged."));
    QString more = tr("%1\n\nNothing has been changed yet. Whatever you choose, the damaged file is kept beside "
                      "the new one, renamed, and never deleted, so it can still be rescued.")
                           .arg(problem);
    if (!backup.path.isEmpty()) {
        more += u"\n\n"_qs
                + tr("Tidings copied the database on %1, before a database update. Going back to that copy loses what "
                     "was "
                     "stored after it: refreshing the sites fetches their articles again, but read marks, drafts "
                     "and the cart from after that day are not in it.")
                          .arg(QLocale().toString(backup.madeAt, QLocale::ShortFormat));
        m_restore = addButton(tr("&Restore the Copy"), QMessageBox::AcceptRole);
        m_restore->setAccessibleDescription(
                tr("Go back to the copy made on %1").arg(QLocale().toString(backup.madeAt, QLocale::ShortFormat)));
    } else {
        more += u"\n\n"_qs + tr("There is no earlier copy to go back to.");
    }
    setInformativeText(more);
    setDetailedText(tr("Database: %1").arg(databasePath));
    m_startEmpty = addButton(tr("&Start with an Empty Database"),
                             m_restore ? QMessageBox::ActionRole : QMessageBox::AcceptRole);
    m_quit = addButton(tr("&Quit"), QMessageBox::RejectRole);
    setDefaultButton(m_restore ? m_restore : m_startEmpty);
    setEscapeButton(m_quit);
}

DamagedStoreDialog::Choice DamagedStoreDialog::choice() const
{
    if (m_restore && clickedButton() == m_restore)
        return Choice::RestoreBackup;
    if (clickedButton() == m_startEmpty)
        return Choice::StartEmpty;
    return Choice::Quit;
}

} // namespace tidings
