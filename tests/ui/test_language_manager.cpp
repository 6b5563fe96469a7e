// The interface language: `--language` (LanguageManager::setLanguage) applies to one launch and
// leaves the saved preference alone; the choice in View ▸ Language (chooseLanguage, and the
// window's menu) is remembered for later launches. QSettings in Qt's test mode and a test
// organisation, so the user's own settings are never touched.
#include <QAction>
#include <QActionGroup>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

#include "ui/window/language_manager.h"
#include "ui/window/main_actions.h"
#include "ui/window/main_window.h"

class TestLanguageManager : public QObject {
  Q_OBJECT
private slots:
  void initTestCase()
  {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CarbonDSE-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_language_manager"));
  }

  void init() { QSettings().clear(); }
  void cleanupTestCase() { QSettings().clear(); }

  void theCommandLineLanguageIsForOneLaunch()
  {
    const QString before = LanguageManager::preferredLanguage();
    {
      LanguageManager launch;   // carbondse --language ja
      QVERIFY(launch.setLanguage(QStringLiteral("ja")));
      QCOMPARE(launch.language(), QStringLiteral("ja"));
    }
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    QCOMPARE(LanguageManager::preferredLanguage(), before);   // the next plain launch
    LanguageManager back;
    QVERIFY(back.setLanguage(QStringLiteral("en")));
  }

  void theMenuChoiceIsRemembered()
  {
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    {
      MainWindow window(&languages, false);
      QAction* japanese = nullptr;
      for (QAction* a : window.actions()->languages->actions())
        if (a->data().toString() == QLatin1String("ja"))
          japanese = a;
      QVERIFY(japanese);
      japanese->trigger();
      QCOMPARE(languages.language(), QStringLiteral("ja"));
    }
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));
    QCOMPARE(LanguageManager::preferredLanguage(), QStringLiteral("ja"));
    // A later --language en launch does not undo the choice.
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QCOMPARE(LanguageManager::preferredLanguage(), QStringLiteral("ja"));
    QVERIFY(languages.chooseLanguage(QStringLiteral("en")));
    QCOMPARE(LanguageManager::preferredLanguage(), QStringLiteral("en"));
    QVERIFY(!languages.chooseLanguage(QStringLiteral("xx")));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
  }

  // Every message has a context and a finished translation. A text with no context (lupdate could
  // not tell the class of a tr() call, e.g. through a type alias) is never looked up at run time:
  // it would stay in English whatever the translation file says.
  void everyTranslationHasAContextAndIsFinished()
  {
    for (const char* name : {"carbondse_en.ts", "carbondse_ja.ts"}) {
      QFile file(QStringLiteral(CARBONDSE_SOURCE_DIR "/translations/") + QLatin1String(name));
      QVERIFY2(file.open(QIODevice::ReadOnly), name);
      const QByteArray ts = file.readAll();
      QVERIFY2(!ts.contains("<name />") && !ts.contains("<name></name>"), name);
      QVERIFY2(!ts.contains("type=\"unfinished\""), name);
    }
  }
};

QTEST_MAIN(TestLanguageManager)
#include "test_language_manager.moc"
