#pragma once

#include "storage/StoreRecovery.h"

#include <QMessageBox>

class QPushButton;

namespace tidings {

// Asked when the database file is damaged: go back to the copy made before the last update, start
// with an empty store, or quit. Whatever the choice, the damaged file is only set aside.
class DamagedStoreDialog : public QMessageBox
{
    Q_OBJECT

public:
    enum class Choice { RestoreBackup, StartEmpty, Quit };

    DamagedStoreDialog(const QString &databasePath, const QString &problem, const StoreRecovery::Backup &backup,
                       QWidget *parent = nullptr);

    [[nodiscard]] Choice choice() const;
    // Null when there is no copy to go back to.
    [[nodiscard]] QPushButton *restoreButton() const { return m_restore; }
    [[nodiscard]] QPushButton *startEmptyButton() const { return m_startEmpty; }

private:
    QPushButton *m_restore = nullptr;
    QPushButton *m_startEmpty = nullptr;
    QPushButton *m_quit = nullptr;
};

} // namespace tidings
