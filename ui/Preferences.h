#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;
class QTabWidget;

namespace tidings::ui {

// What the user can set, kept in QSettings.
struct Preferences
{
    enum class Theme { System, Light, Dark };
    // Remote images in articles: each is a request that tells the server who reads what, so by
    // default the reader asks first.
    enum class Images { Ask, Always, Never };
    int refreshMinutes = 30;
    int markReadSeconds = 2; // how long an article is shown before it counts as read
    int fontPointSize = 0; // 0: the system's
    Theme theme = Theme::System;
    Images images = Images::Ask;
    QString language; // a locale name ("de", "zh_CN"); empty: the system's. Applies at the next start.

    [[nodiscard]] static Preferences load();
    void save() const;
};

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // languages: the translations shipped, as locale names (language::available()). accountsPage, when
    // given, is shown as the Accounts tab (it acts at once, not on OK).
    PreferencesDialog(const Preferences &current, const QString &dataFolder, const QStringList &languages,
                      QWidget *accountsPage = nullptr, QWidget *parent = nullptr);
    [[nodiscard]] Preferences preferences() const;
    void showAccounts();

private:
    QSpinBox *m_refresh;
    QSpinBox *m_markRead;
    QSpinBox *m_fontSize;
    QComboBox *m_theme;
    QComboBox *m_images;
    QComboBox *m_language;
    QTabWidget *m_tabs = nullptr;
};

// Applies the theme to the whole application.
void applyTheme(Preferences::Theme theme);

} // namespace tidings::ui
