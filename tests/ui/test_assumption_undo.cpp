// Edit ▸ Undo / Redo in the main window: assumption edits are undone step by step, and the
// explorer's carbon settings (what every design is scored with) follow the panel back and forth.
#include <QAction>
#include <QDoubleSpinBox>
#include <QMenu>
#include <QtTest>

#include "ui/window/language_manager.h"
#include "ui/window/main_actions.h"
#include "ui/window/main_window.h"
#include "ui/assumptions/assumptions_panel.h"
#include "ui/assumptions/slider_spin_box.h"
#include "ui/explorer/explorer_model.h"

class TestAssumptionUndo : public QObject {
  Q_OBJECT
private slots:
  void initTestCase()
  {
    QCoreApplication::setOrganizationName(QStringLiteral("CarbonDSE-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_assumption_undo"));
    QVERIFY(languages_.setLanguage(QStringLiteral("en")));
  }

  void twoEditsAreUndoneAndRedone()
  {
    MainWindow window(&languages_, false);
    QVERIFY(window.openScenario(QStringLiteral("reference-clip-b16")).isEmpty());
    MainActions* actions = window.actions();
    QCOMPARE(actions->undo->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    QVERIFY(actions->redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    QVERIFY(actions->editMenu->actions().contains(actions->undo));
    QVERIFY(!actions->undo->isEnabled());   // a freshly opened scenario has no history

    const cdse::CarbonSettings original = window.model()->carbonSettings();
    auto* lifetime = window.assumptions()->findChild<SliderSpinBox*>(QStringLiteral("lifetime"));
    auto* yield = window.assumptions()->findChild<SliderSpinBox*>(QStringLiteral("yield"));
    QVERIFY(lifetime && yield);
    lifetime->spinBox()->setValue(original.lifetime_years + 4.0);
    yield->spinBox()->setValue(0.5);
    const cdse::CarbonSettings edited = window.model()->carbonSettings();
    QCOMPARE(edited.lifetime_years, original.lifetime_years + 4.0);
    QCOMPARE(edited.yield, 0.5);
    QVERIFY(actions->undo->isEnabled());
    QCOMPARE(actions->undo->text(), QStringLiteral("&Undo Yield"));

    actions->undo->trigger();
    QCOMPARE(window.model()->carbonSettings().yield, original.yield);
    QCOMPARE(window.model()->carbonSettings().lifetime_years, original.lifetime_years + 4.0);
    actions->undo->trigger();
    QCOMPARE(window.model()->carbonSettings(), original);
    QCOMPARE(lifetime->value(), original.lifetime_years);
    QCOMPARE(yield->value(), original.yield);
    QVERIFY(!actions->undo->isEnabled());

    actions->redo->trigger();
    actions->redo->trigger();
    QCOMPARE(window.model()->carbonSettings(), edited);
    QCOMPARE(yield->value(), 0.5);
    QVERIFY(!actions->redo->isEnabled());
  }

private:
  LanguageManager languages_;
};

QTEST_MAIN(TestAssumptionUndo)
#include "test_assumption_undo.moc"
