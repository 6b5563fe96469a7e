#pragma once
// Switches the interface language live: installs the embedded translation (:/i18n/carbondse_<l>.qm)
// plus Qt's own for standard dialogs. Widgets retranslate themselves on the QEvent::LanguageChange
// that installing a translator sends. Only the user's choice in the menu is remembered (QSettings
// "ui/language"); `--language` on the command line applies to that launch alone.
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

class LanguageManager : public QObject {
  Q_OBJECT
public:
  explicit LanguageManager(QObject* parent = nullptr);

  static QStringList availableLanguages();               // "en", "ja"
  static QString displayName(const QString& language);   // in its own language: "English", "日本語"
  // The saved choice, else the system language when we have it, else English.
  static QString preferredLanguage();

  // For this launch only. Returns false (and keeps the current language) when the translation
  // cannot be loaded.
  bool setLanguage(const QString& language);
  // The user's choice (View ▸ Language): applied, and remembered for later launches.
  bool chooseLanguage(const QString& language);
  QString language() const { return language_; }

signals:
  void languageChanged(const QString& language);

private:
  QString language_;
  std::unique_ptr<QTranslator> app_;
  std::unique_ptr<QTranslator> qt_;
};
