#pragma once

// What the window tests of accounts share: finding a row of a tree by its text, and adding an
// account the way a user does (File ▸ Accounts… ▸ Add Account…).

#include "AccountListModel.h"
#include "AccountsPage.h"
#include "MainWindow.h"
#include "Preferences.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

namespace tidings::test {

inline QModelIndex findRow(const QAbstractItemModel *model, const QString &text, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == text)
            return index;
    }
    return {};
}

// Opens File ▸ Accounts… (Preferences at its Accounts tab), Add Account…, lets fill() fill the
// dialog, clicks Add and waits until the page lists the account; then shot(preferences), if given,
// and OK. Empty when it went so; else what went wrong.
inline QString addAccountInWindow(tidings::ui::MainWindow &window,
                                  const std::function<void(tidings::ui::AddAccountDialog *)> &fill,
                                  const std::function<void(QWidget *)> &shot = {})
{
    QAction *accounts = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text() == u"Acc&ounts…")
            accounts = a;
    }
    if (!accounts)
        return u"no File ▸ Accounts… action"_qs;
    QString problem = u"Preferences did not open"_qs;
    QTimer::singleShot(0, &window, [&] {
        auto *preferences = qobject_cast<tidings::ui::PreferencesDialog *>(QApplication::activeModalWidget());
        if (!preferences)
            return;
        auto *page = preferences->findChild<tidings::ui::AccountsPage *>();
        if (!page || !page->isVisible()) {
            problem = u"no Accounts tab in front"_qs;
            preferences->reject();
            return;
        }
        page->addAccount();
        auto *dialog = preferences->findChild<tidings::ui::AddAccountDialog *>();
        if (!dialog) {
            problem = u"no Add Account dialog"_qs;
            preferences->reject();
            return;
        }
        fill(dialog);
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        QElapsedTimer clock;
        clock.start();
        while (page->model()->rowCount() != 1 && clock.elapsed() < 30000)
            QTest::qWait(50);
        if (page->model()->rowCount() != 1) {
            problem = u"the account was not added: "_qs + dialog->statusLabel()->text();
            preferences->reject();
            return;
        }
        if (shot)
            shot(preferences);
        problem.clear();
        preferences->accept();
    });
    accounts->trigger();
    return problem;
}

} // namespace tidings::test
