#include "ui/window/language_manager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace {
const char* k_settings_key = "ui/language";
}

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

QStringList LanguageManager::availableLanguages() { return {QStringLiteral("en"), QStringLiteral("ja")}; }

QString LanguageManager::displayName(const QString& language)
{
  if (language == QLatin1String("ja"))
    return QStringLiteral("日本語");
  return QStringLiteral("English");
}

QString LanguageManager::preferredLanguage()
{
  const QString saved = QSettings().value(QLatin1String(k_settings_key)).toString();
  if (availableLanguages().contains(saved))
    return saved;
  const QString system = QLocale::system().name().left(2);
  return availableLanguages().contains(system) ? system : QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString& language)
{
  if (!availableLanguages().contains(language))
    return false;
  if (language == language_ && app_)
    return true;
  auto app = std::make_unique<QTranslator>();
  if (!app->load(QStringLiteral(":/i18n/carbondse_%1.qm").arg(language)))
    return false;
  // Qt's own strings (standard buttons, file dialogs); missing is harmless.
  auto qt = std::make_unique<QTranslator>();
  const bool haveQt = qt->load(QStringLiteral("qtbase_%1").arg(language),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath));
  if (app_)
    QCoreApplication::removeTranslator(app_.get());
  if (qt_)
    QCoreApplication::removeTranslator(qt_.get());
  qt_ = haveQt ? std::move(qt) : nullptr;
  app_ = std::move(app);
  language_ = language;
  QLocale::setDefault(QLocale(language == QLatin1String("ja") ? QLocale::Japanese : QLocale::English));
  if (qt_)
    QCoreApplication::installTranslator(qt_.get());
  QCoreApplication::installTranslator(app_.get());   // sends LanguageChange to every widget
  emit languageChanged(language);
  return true;
}

bool LanguageManager::chooseLanguage(const QString& language)
{
  if (!setLanguage(language))
    return false;
  QSettings().setValue(QLatin1String(k_settings_key), language);
  return true;
}
