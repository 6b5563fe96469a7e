// AssumptionsPanel: the slider/spin/preset controls produce exactly the CarbonSettings and
// SearchConstraints the user set, every user edit is announced once and is one undo step (a drag
// or a preset too), and the wheel scrolls the panel instead of changing an unfocused control.
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QUndoStack>
#include <QWheelEvent>
#include <QtTest>

#include "ui/assumptions/assumptions_panel.h"
#include "ui/assumptions/optional_limit_edit.h"
#include "ui/assumptions/slider_spin_box.h"
#include "core/carbon/carbon_tables.h"
#include "core/io/input_error.h"

namespace {

template <typename T>
T* child(const AssumptionsPanel& panel, const char* name)
{
  auto* w = panel.findChild<T*>(QString::fromLatin1(name));
  if (!w)
    qFatal("no child %s", name);
  return w;
}

cdse::CarbonSettings lastEmitted(QSignalSpy& spy) { return spy.last().at(0).value<cdse::CarbonSettings>(); }

}   // namespace

class TestAssumptionsPanel : public QObject {
  Q_OBJECT
private slots:
  void initTestCase()
  {
    qRegisterMetaType<cdse::CarbonSettings>();
    qRegisterMetaType<cdse::SearchConstraints>();
  }

  void settingsRoundTripWithoutSignals()
  {
    AssumptionsPanel panel;
    QSignalSpy spy(&panel, &AssumptionsPanel::settingsChanged);
    cdse::CarbonSettings s;
    s.grid_region = "france";
    s.grid_intensity_g_per_kwh = 56;
    s.lifetime_years = 4.5;
    s.inferences_per_second = 2.0;
    s.duty_cycle = 0.25;
    s.fab_location = "solar";
    s.node_nm = 7;
    s.gas_abatement_pct = 99;
    s.yield = 0.8;
    s.yield_model = cdse::YieldModel::Constant;
    s.idle_power_fraction = 0.1;
    s.include_packaging = true;
    s.dram_gb = 2.0;   // no control: must be kept
    panel.setSettings(s);
    QCOMPARE(spy.count(), 0);
    const cdse::CarbonSettings back = panel.settings();
    QCOMPARE(back.grid_region, s.grid_region);
    QCOMPARE(back.grid_intensity_g_per_kwh, 56.0);
    QCOMPARE(back.lifetime_years, 4.5);
    QVERIFY(std::abs(back.inferences_per_second - 2.0) < 1e-9);
    QCOMPARE(back.duty_cycle, 0.25);
    QCOMPARE(back.fab_location, std::string("solar"));
    QCOMPARE(back.node_nm, 7);
    QCOMPARE(back.gas_abatement_pct, 99);
    QCOMPARE(back.yield, 0.8);
    QCOMPARE(back.yield_model, cdse::YieldModel::Constant);
    QCOMPARE(back.idle_power_fraction, 0.1);
    QVERIFY(back.include_packaging);
    QCOMPARE(back.dram_gb, 2.0);
  }

  void choosingARegionSetsItsIntensity()
  {
    AssumptionsPanel panel;
    QSignalSpy spy(&panel, &AssumptionsPanel::settingsChanged);
    auto* region = child<QComboBox>(panel, "gridRegion");
    const int india = region->findData(QStringLiteral("india"));
    QVERIFY(india >= 0);
    QCOMPARE(region->itemText(india), QStringLiteral("India (713 g/kWh)"));   // the value in the list
    region->setCurrentIndex(india);
    emit region->activated(india);
    QCOMPARE(spy.count(), 1);
    const auto s = lastEmitted(spy);
    QCOMPARE(s.grid_region, std::string("india"));
    QCOMPARE(s.grid_intensity_g_per_kwh, cdse::CarbonTables::instance().grid_region("india").g_per_kwh);
  }

  void draggingTheIntensitySliderMakesACustomValue()
  {
    AssumptionsPanel panel;
    QSignalSpy spy(&panel, &AssumptionsPanel::settingsChanged);
    auto* intensity = child<SliderSpinBox>(panel, "gridIntensity");
    const double before = panel.settings().grid_intensity_g_per_kwh;
    intensity->slider()->setValue(intensity->slider()->maximum());   // as a drag does
    QCOMPARE(spy.count(), 1);
    const auto s = lastEmitted(spy);
    QCOMPARE(s.grid_region, std::string());
    QCOMPARE(s.grid_intensity_g_per_kwh, 1500.0);
    QVERIFY(s.grid_intensity_g_per_kwh != before);
    // The logarithmic slider's middle is the geometric mean of its ends.
    intensity->slider()->setValue(intensity->slider()->maximum() / 2);
    QVERIFY(std::abs(lastEmitted(spy).grid_intensity_g_per_kwh - std::sqrt(1500.0)) < 0.1);
  }

  void workloadPerDayIsConvertedToPerSecond()
  {
    AssumptionsPanel panel;
    auto* unit = child<QComboBox>(panel, "workloadUnit");
    unit->setCurrentIndex(2);
    emit unit->activated(2);
    // Switching the unit keeps the workload: 3e7 over 3 years ≈ 27,397 per day.
    QVERIFY(std::abs(child<SliderSpinBox>(panel, "workload")->value() - 3.0e7 / (3 * 365.0)) < 1.0);
    QSignalSpy spy(&panel, &AssumptionsPanel::settingsChanged);
    child<SliderSpinBox>(panel, "workload")->spinBox()->setValue(200.0);
    QCOMPARE(spy.count(), 1);
    QVERIFY(std::abs(lastEmitted(spy).inferences_per_second - 200.0 / 86400.0) < 1e-9);
  }

  void constraintsAreOptionalAndInSiUnits()
  {
    AssumptionsPanel panel;
    QSignalSpy spy(&panel, &AssumptionsPanel::constraintsChanged);
    QVERIFY(!panel.constraints().max_latency_s);
    auto* latency = child<OptionalLimitEdit>(panel, "maxLatency");
    latency->spinBox()->setValue(20.0);
    QCOMPARE(spy.count(), 0);   // off: editing the value changes nothing
    latency->checkBox()->setChecked(true);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(*panel.constraints().max_latency_s, 0.020);
    auto* accuracy = child<OptionalLimitEdit>(panel, "minAccuracy");
    accuracy->checkBox()->setChecked(true);
    accuracy->spinBox()->setValue(45.0);
    QCOMPARE(*panel.constraints().min_accuracy, 0.45);
    cdse::SearchConstraints none;
    panel.setConstraints(none);
    QCOMPARE(panel.constraints(), none);
  }

  void presetsComeFromTheDataFileAndApplyWhole()
  {
    AssumptionsPanel panel;
    QVERIFY2(panel.presets().size() >= 5, "the embedded preset file was not loaded");
    QSignalSpy spy(&panel, &AssumptionsPanel::settingsChanged);
    int india = -1;
    for (int i = 0; i < panel.presets().size(); ++i)
      if (panel.presets()[i].gridRegion == QLatin1String("india"))
        india = i;
    QVERIFY(india >= 0);
    panel.applyPreset(india);
    QCOMPARE(spy.count(), 1);
    const auto s = lastEmitted(spy);
    QCOMPARE(s.grid_intensity_g_per_kwh, 713.0);
    QCOMPARE(s.inferences_per_second, 10.0);
    QCOMPARE(s.lifetime_years, 5.0);
    QCOMPARE(panel.settings().grid_region, std::string("india"));
  }

  void aMalformedPresetFileNamesTheField()
  {
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(R"({"presets": [{"id": "x", "name": "X", "source": "s", "grid_region": "atlantis"}]})");
    file.close();
    try {
      loadAssumptionPresets(file.fileName(), QStringLiteral("en"));
      QFAIL("an unknown region was accepted");
    } catch (const cdse::InputError& e) {
      QCOMPARE(QString::fromStdString(e.where()), QStringLiteral("presets[0].grid_region"));
    }
  }

  void theWheelScrollsThePanelUnlessTheControlHasFocus()
  {
    QScrollArea scroll;
    auto* panel = new AssumptionsPanel;
    scroll.setWidget(panel);
    scroll.setWidgetResizable(true);
    scroll.resize(420, 260);   // much shorter than the panel: it scrolls
    scroll.show();
    QVERIFY(QTest::qWaitForWindowExposed(&scroll));
    QSignalSpy spy(panel, &AssumptionsPanel::settingsChanged);
    auto* workload = child<SliderSpinBox>(*panel, "workload");
    auto* bar = scroll.verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    const double before = workload->value();
    auto wheelDown = [](QWidget* target) {
      const QPointF at(target->width() / 2.0, target->height() / 2.0);
      QWheelEvent wheel(at, target->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                        Qt::NoScrollPhase, false);
      QCoreApplication::sendEvent(target, &wheel);
    };
    for (QWidget* control : {static_cast<QWidget*>(workload->slider()), static_cast<QWidget*>(workload->spinBox())}) {
      const int scrolled = bar->value();
      QVERIFY(!control->hasFocus());
      QCOMPARE(control->focusPolicy(), Qt::StrongFocus);
      wheelDown(control);
      QCOMPARE(workload->value(), before);
      QVERIFY2(bar->value() > scrolled, qPrintable(control->metaObject()->className()));
    }
    QCOMPARE(spy.count(), 0);
    // Focused, the wheel edits the control as before.
    scroll.activateWindow();
    workload->slider()->setFocus();
    QTRY_VERIFY(workload->slider()->hasFocus());
    wheelDown(workload->slider());
    QVERIFY(workload->value() != before);
    QCOMPARE(spy.count(), 1);
  }

  void editsAreUndoneAndRedoneInSteps()
  {
    AssumptionsPanel panel;
    QSignalSpy spy(&panel, &AssumptionsPanel::settingsChanged);
    const cdse::CarbonSettings original = panel.settings();
    auto* lifetime = child<SliderSpinBox>(panel, "lifetime");
    // One drag, with a pause longer than the merge interval in the middle: one step.
    lifetime->slider()->setSliderDown(true);
    for (int position : {100, 300, 500})
      lifetime->slider()->setValue(position);
    QTest::qWait(static_cast<int>(AssumptionEditCommand::k_merge_interval.count()) + 100);
    lifetime->slider()->setValue(700);
    lifetime->slider()->setSliderDown(false);
    QUndoStack* undo = panel.undoStack();
    QCOMPARE(undo->count(), 1);
    QCOMPARE(undo->undoText(), QStringLiteral("Lifetime"));
    const double dragged = panel.settings().lifetime_years;
    // A preset is one step; a limit another.
    panel.applyPreset(0);
    child<OptionalLimitEdit>(panel, "maxArea")->checkBox()->setChecked(true);
    QCOMPARE(undo->count(), 3);
    const int emitted = spy.count();
    undo->undo();   // the limit
    QVERIFY(!panel.constraints().max_area_mm2);
    QCOMPARE(spy.count(), emitted);   // the carbon settings did not change
    undo->undo();                     // the preset
    QCOMPARE(panel.settings().lifetime_years, dragged);
    QCOMPARE(lastEmitted(spy).lifetime_years, dragged);
    undo->undo();   // the drag
    QCOMPARE(panel.settings(), original);
    QCOMPARE(lastEmitted(spy), cdse::CarbonSettings{});   // exactly what the panel started with
    QCOMPARE(lifetime->value(), original.lifetime_years);
    undo->redo();
    QCOMPARE(panel.settings().lifetime_years, dragged);
    // Setting values from outside (a scenario or session loaded) starts a new history.
    panel.setSettings(original);
    QCOMPARE(undo->count(), 0);
  }

  void languageChangeKeepsValues()
  {
    AssumptionsPanel panel;
    cdse::CarbonSettings s;
    s.lifetime_years = 7.0;
    panel.setSettings(s);
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&panel, &change);
    QCOMPARE(panel.settings().lifetime_years, 7.0);
    QVERIFY(panel.presets().size() >= 5);
  }
};

QTEST_MAIN(TestAssumptionsPanel)
#include "test_assumptions_panel.moc"
