#include "Preferences.h"

#include "util/Language.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPalette>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tidings::ui {

Preferences Preferences::load()
{
    QSettings s;
    Preferences p;
    p.refreshMinutes = qBound(5, s.value(u"preferences/refreshMinutes"_qs, p.refreshMinutes).toInt(), 24 * 60);
    p.markReadSeconds = qBound(0, s.value(u"preferences/markReadSeconds"_qs, p.markReadSeconds).toInt(), 60);
    p.fontPointSize = qBound(0, s.value(u"preferences/fontPointSize"_qs, p.fontPointSize).toInt(), 48);
    p.theme = Theme(qBound(0, s.value(u"preferences/theme"_qs, int(p.theme)).toInt(), 2));
    p.images = Images(qBound(0, s.value(u"preferences/remoteImages"_qs, int(p.images)).toInt(), 2));
    p.language = s.value(QString::fromUtf16(language::kSettingsKey)).toString();
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(u"preferences/refreshMinutes"_qs, refreshMinutes);
    s.setValue(u"preferences/markReadSeconds"_qs, markReadSeconds);
    s.setValue(u"preferences/fontPointSize"_qs, fontPointSize);
    s.setValue(u"preferences/theme"_qs, int(theme));
    s.setValue(u"preferences/remoteImages"_qs, int(images));
    s.setValue(QString::fromUtf16(language::kSettingsKey), language);
}

PreferencesDialog::PreferencesDialog(const Preferences &current, const QString &dataFolder,
                                     const QStringList &languages, QWidget *accountsPage, QWidget *parent)
    : QDialog(parent)
    , m_refresh(new QSpinBox(this))
    , m_markRead(new QSpinBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_images(new QComboBox(this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_refresh->setRange(5, 24 * 60);
    m_refresh->setSuffix(tr(" min"));
    m_refresh->setValue(current.refreshMinutes);
    m_markRead->setRange(0, 60);
    m_markRead->setSuffix(tr(" s"));
    m_markRead->setSpecialValueText(tr("at once"));
    m_markRead->setValue(current.markReadSeconds);
    m_fontSize->setRange(0, 48);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setSpecialValueText(tr("system"));
    m_fontSize->setValue(current.fontPointSize);
    m_theme->addItems({tr("Follow the system"), tr("Light"), tr("Dark")});
    m_theme->setCurrentIndex(int(current.theme));
    m_images->addItems({tr("Ask for each article"), tr("Always"), tr("Never")});
    m_images->setCurrentIndex(int(current.images));
    m_images->setObjectName(u"remoteImages"_qs);
    // Each language in its own words, so whoever reads none of the others can find theirs.
    m_language->setObjectName(u"language"_qs);
    m_language->addItem(tr("System default"), QString());
    QStringList names = languages;
    if (!current.language.isEmpty() && !names.contains(current.language))
        names.append(current.language); // chosen before its translation went away: keep showing it
    for (const QString &name : std::as_const(names))
        m_language->addItem(language::nativeName(name), name);
    m_language->setCurrentIndex(qMax(0, m_language->findData(current.language)));
    auto *languageNote = new QLabel(tr("A new language applies the next time Tidings starts."), this);
    languageNote->setObjectName(u"languageNote"_qs);
    languageNote->setWordWrap(true);
    languageNote->setForegroundRole(QPalette::PlaceholderText);
    auto *folder = new QLabel(dataFolder, this);
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *general = new QWidget(this);
    auto *form = new QFormLayout(general);
    form->addRow(tr("Refresh every"), m_refresh);
    form->addRow(tr("Mark read after"), m_markRead);
    form->addRow(tr("Reader font size"), m_fontSize);
    form->addRow(tr("Theme"), m_theme);
    form->addRow(tr("Load remote images"), m_images);
    form->addRow(tr("Language"), m_language);
    form->addRow(QString(), languageNote);
    form->addRow(tr("Data folder"), folder);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    if (accountsPage) {
        m_tabs = new QTabWidget(this);
        m_tabs->addTab(general, tr("&General"));
        m_tabs->addTab(accountsPage, tr("&Accounts"));
        layout->addWidget(m_tabs);
        resize(qMax(width(), 640), height());
    } else {
        layout->addWidget(general);
    }
    layout->addWidget(buttons);
}

void PreferencesDialog::showAccounts()
{
    if (m_tabs)
        m_tabs->setCurrentIndex(1);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.refreshMinutes = m_refresh->value();
    p.markReadSeconds = m_markRead->value();
    p.fontPointSize = m_fontSize->value();
    p.theme = Preferences::Theme(m_theme->currentIndex());
    p.images = Preferences::Images(m_images->currentIndex());
    p.language = m_language->currentData().toString();
    return p;
}

void applyTheme(Preferences::Theme theme)
{
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();
    if (theme == Preferences::Theme::System) {
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        return;
    }
    // Fusion draws both palettes faithfully on every platform.
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_qs));
    if (theme == Preferences::Theme::Light) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette dark;
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(225, 225, 225);
    const QColor highlight(42, 130, 218);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, window);
    dark.setColor(QPalette::ToolTipBase, window);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, window);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::red);
    dark.setColor(QPalette::Link, QColor(110, 170, 255));
    dark.setColor(QPalette::Highlight, highlight);
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Mid, QColor(140, 140, 140));
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
    QApplication::setPalette(dark);
}

} // namespace tidings::ui
