// The Regime Map panel (issue 16) on real designs (the default model on accelerators from tiny to
// large, evaluated by the core), checked against the scorer, not against the panel: every cell is
// coloured as the design with the lowest total carbon there when each candidate is scored on its
// own; every contour point drawn is where that design's operational carbon equals its embodied
// carbon within 0.1 %; the share colouring re-colours without a new map; the map is vector in an
// SVG export; a hidden panel computes nothing; the main window shows the panel as a tab beside
// Design Details and feeds it the candidates and the sliders.
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

#include "../core/analysis_test_designs.h"
#include "core/carbon/carbon_scorer.h"
#include "ui/assumptions/assumptions_panel.h"
#include "ui/assumptions/slider_spin_box.h"
#include "ui/explorer/explorer_model.h"
#include "ui/plots/plot_export.h"
#include "ui/regime/regime_cells_layer.h"
#include "ui/search/search_panel.h"
#include "ui/regime/regime_panel.h"
#include "ui/regime/regime_plot.h"
#include "ui/window/language_manager.h"
#include "ui/window/main_window.h"

namespace {

bool waitForMap(RegimePanel& panel, int timeout_ms = 30000)
{
  QSignalSpy shown(&panel, &RegimePanel::mapShown);
  return shown.wait(timeout_ms);
}

std::shared_ptr<cdse::SweepCandidates> someCandidates()
{
  auto c = std::make_shared<cdse::SweepCandidates>();
  c->designs = cdse::test::accelerator_grid_designs({1, 2, 8}, {16, 64, 256}, {0.5, 4.0, 16.0});
  return c;
}

cdse::CarbonSettings at(const cdse::CarbonSettings& base, const cdse::RegimeMap& map, double x, double y)
{
  return cdse::with_sweep_value(cdse::with_sweep_value(base, map.x.parameter, x), map.y.parameter, y);
}

}   // namespace

class TestRegimePanel : public QObject {
  Q_OBJECT
private slots:
  void cellsAreTheScorersOptimum();
  void contourIsWhereOperationalEqualsEmbodied();
  void shareColouringAndVectorExport();
  void manyCandidatesPreviewThenTheWholeMap();
  void hiddenPanelComputesNothing();
  void sameAssumptionTwiceIsRefused();
  void mainWindowFeedsThePanel();
};

void TestRegimePanel::cellsAreTheScorersOptimum()
{
  const auto candidates = someCandidates();
  cdse::CarbonSettings base;
  base.duty_cycle = 0.2;
  RegimePanel panel;
  panel.resize(700, 600);
  panel.show();
  panel.setCarbonSettings(base);
  panel.setResolution(21);
  panel.setCandidates(candidates, QStringLiteral("test designs"), [](std::size_t i) { return QString::number(i); });
  QVERIFY(waitForMap(panel));
  const cdse::RegimeMap& map = *panel.shownMap();
  QCOMPARE(map.x.parameter, cdse::SweepParameter::GridIntensity);
  QCOMPARE(map.y.parameter, cdse::SweepParameter::InferencesPerSecond);
  QCOMPARE(map.x_values.size(), std::size_t{21});
  const auto& colours = panel.plot()->cellColours();
  QCOMPARE(colours.size(), map.optimal.size());
  std::set<std::size_t> winners;
  for (std::size_t iy = 0; iy < map.y_values.size(); ++iy)
    for (std::size_t ix = 0; ix < map.x_values.size(); ++ix) {
      const cdse::CarbonScorer scorer(at(base, map, map.x_values[ix], map.y_values[iy]));
      std::size_t best = 0;
      for (std::size_t i = 1; i < candidates->designs.size(); ++i)
        if (scorer.score(candidates->designs[i]).total_kg < scorer.score(candidates->designs[best]).total_kg)
          best = i;
      winners.insert(best);
      QCOMPARE(colours[map.cell(ix, iy)], panel.plot()->regimeColour(best).rgb());
    }
  QVERIFY2(winners.size() >= 2, "the map should show more than one regime");
  // Regions of one colour along a row are one rectangle each.
  QVERIFY(panel.plot()->cells()->rectangleCount() < colours.size() / 2);
}

void TestRegimePanel::contourIsWhereOperationalEqualsEmbodied()
{
  const auto candidates = someCandidates();
  cdse::CarbonSettings base;
  RegimePanel panel;
  panel.show();
  panel.setCarbonSettings(base);
  panel.setAxes(cdse::SweepParameter::GridIntensity, cdse::SweepParameter::LifetimeYears);
  panel.setCandidates(candidates, QStringLiteral("test designs"), [](std::size_t i) { return QString::number(i); });
  QVERIFY(waitForMap(panel));
  const cdse::RegimeMap& map = *panel.shownMap();
  QVERIFY(!map.contour.empty());
  QCOMPARE(panel.plot()->contourPointCount(), static_cast<int>(map.contour.size()));
  QVERIFY(panel.plot()->contourCurveCount() >= 1);
  for (const auto& p : map.contour) {
    const auto c = cdse::CarbonScorer(at(base, map, p.x, p.y)).score(candidates->designs[p.design]);
    QVERIFY2(std::abs(c.operational_kg - c.embodied_kg) <= 1e-3 * c.embodied_kg,
             qPrintable(QStringLiteral("at %1, %2: operational %3, embodied %4")
                            .arg(p.x)
                            .arg(p.y)
                            .arg(c.operational_kg)
                            .arg(c.embodied_kg)));
  }
}

void TestRegimePanel::shareColouringAndVectorExport()
{
  RegimePanel panel;
  panel.resize(700, 600);
  panel.show();
  panel.setCarbonSettings(cdse::CarbonSettings{});
  panel.setCandidates(someCandidates(), QStringLiteral("test designs"), [](std::size_t i) { return QString::number(i); });
  QVERIFY(waitForMap(panel));
  const auto byDesign = panel.plot()->cellColours();
  QSignalSpy shown(&panel, &RegimePanel::mapShown);
  panel.setColouring(RegimePlotInput::Colour::EmbodiedShare);
  QCOMPARE(shown.count(), 1);   // re-coloured at once: nothing was computed
  const auto byShare = panel.plot()->cellColours();
  QCOMPARE(byShare.size(), byDesign.size());
  QVERIFY(byShare != byDesign);
  // Mostly embodied cells are brown-ish, mostly operational ones blue-ish.
  const cdse::RegimeMap& map = *panel.shownMap();
  for (std::size_t c = 0; c < map.optimal.size(); ++c) {
    const QColor colour(byShare[c]);
    if (map.embodied_share[c] > 0.8)
      QVERIFY(colour.red() > colour.blue());
    if (map.embodied_share[c] < 0.2)
      QVERIFY(colour.blue() > colour.red());
  }

  QTemporaryDir dir;
  const QString svg = dir.filePath(QStringLiteral("regime.svg"));
  QVERIFY(exportPlot(panel.plot(), svg).isEmpty());
  QFile file(svg);
  QVERIFY(file.open(QIODevice::ReadOnly));
  const QByteArray text = file.readAll();
  QVERIFY(!text.contains("<image"));
  QVERIFY(text.contains("Break-even"));
}

void TestRegimePanel::manyCandidatesPreviewThenTheWholeMap()
{
  // Over 2,000 candidates a coarse map comes first; mapShown is for the whole one, and it holds
  // the same optima as a map computed directly.
  auto many = std::make_shared<cdse::SweepCandidates>();
  const auto some = someCandidates();
  while (many->designs.size() <= 2000)
    many->designs.insert(many->designs.end(), some->designs.begin(), some->designs.end());
  RegimePanel panel;
  panel.show();
  panel.setCarbonSettings(cdse::CarbonSettings{});
  panel.setResolution(25);
  panel.setCandidates(many, QStringLiteral("test designs"), [](std::size_t i) { return QString::number(i); });
  QVERIFY(waitForMap(panel));
  const cdse::RegimeMap& map = *panel.shownMap();
  QCOMPARE(map.x_values.size(), std::size_t{25});
  const cdse::RegimeMap direct = cdse::run_regime_map(cdse::CarbonSettings{}, map.x, map.y, *many);
  QVERIFY(map.optimal == direct.optimal);
}

void TestRegimePanel::hiddenPanelComputesNothing()
{
  RegimePanel panel;   // never shown
  panel.setCarbonSettings(cdse::CarbonSettings{});
  panel.setCandidates(someCandidates(), QStringLiteral("test designs"), [](std::size_t i) { return QString::number(i); });
  QVERIFY(!waitForMap(panel, 1000));
  QVERIFY(!panel.shownMap());
  panel.show();   // now it maps
  QVERIFY(waitForMap(panel));
}

void TestRegimePanel::sameAssumptionTwiceIsRefused()
{
  RegimePanel panel;
  panel.show();
  panel.setCandidates(someCandidates(), QStringLiteral("test designs"), [](std::size_t i) { return QString::number(i); });
  QVERIFY(waitForMap(panel));
  panel.setAxes(cdse::SweepParameter::DutyCycle, cdse::SweepParameter::DutyCycle);
  QTRY_VERIFY_WITH_TIMEOUT(!panel.shownMap(), 5000);
}

void TestRegimePanel::mainWindowFeedsThePanel()
{
  LanguageManager languages;
  QVERIFY(languages.setLanguage(QStringLiteral("en")));
  MainWindow window(&languages, false);
  window.resize(1366, 768);
  QVERIFY(window.openScenario(QStringLiteral("reference-clip-b16")).isEmpty());
  window.show();
  window.showRegimeView();
  // A short random search: its designs are the candidates when it ends.
  SearchPanel* search = window.searchPanel();
  auto* algorithm = search->findChild<QComboBox*>(QStringLiteral("searchAlgorithm"));
  algorithm->setCurrentIndex(algorithm->findData(QStringLiteral("random")));
  search->findChild<QSpinBox*>(QStringLiteral("searchBudget"))->setValue(200);
  search->findChild<QSpinBox*>(QStringLiteral("searchThreads"))->setValue(1);
  window.startSearch();
  RegimePanel* regime = window.regime();
  auto* dock = qobject_cast<QDockWidget*>(regime->parentWidget());
  QVERIFY(dock && dock->isVisible());
  QVERIFY(!window.tabifiedDockWidgets(dock).isEmpty());   // a tab beside Design Details
  QTRY_VERIFY_WITH_TIMEOUT(regime->shownMap().has_value(), 120000);
  QVERIFY(!regime->shownMap()->regimes.empty());
  QVERIFY(regime->shownMap()->regimes.size() <= regime->shownMap()->optimal.size());
  // The sliders reach the map: the embodied share of a cell changes with the lifetime.
  const std::size_t cell = regime->shownMap()->cell(20, 20);
  const double share = regime->shownMap()->embodied_share[cell];
  auto* lifetime = window.assumptions()->findChild<SliderSpinBox*>(QStringLiteral("lifetime"));
  QVERIFY(lifetime);
  lifetime->spinBox()->setValue(window.model()->carbonSettings().lifetime_years * 3);
  QTRY_VERIFY_WITH_TIMEOUT(regime->shownMap() && regime->shownMap()->embodied_share[cell] < share, 60000);
}

QTEST_MAIN(TestRegimePanel)
#include "test_regime_panel.moc"
