// DetailsPanel: the drill-down of one design. Built from a real baseline of the built-in scenario
// (evaluated by the core), the tables must add up to the design's own totals: area components to
// the chip area, energy components to the energy per inference, re-simulated operator latencies to
// the inference latency, carbon parts to the total.
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

#include <cmath>

#include "ui/details/details_panel.h"
#include "ui/details/op_latency.h"
#include "ui/explorer/explorer_model.h"
#include "core/carbon/carbon_scorer.h"
#include "core/search/scenario/scenario.h"

namespace {

// Sum of column `col` (numbers in Qt::UserRole) over rows [0, rows).
double columnSum(const QTableWidget* t, int col, int rows)
{
  double sum = 0;
  for (int r = 0; r < rows; ++r) {
    const QTableWidgetItem* item = t->item(r, col);
    if (!item || !item->data(Qt::UserRole).isValid())
      return std::nan("");
    sum += item->data(Qt::UserRole).toDouble();
  }
  return sum;
}

double cellValue(const QTableWidget* t, int row, int col)
{
  const QTableWidgetItem* item = t->item(row, col);
  return item && item->data(Qt::UserRole).isValid() ? item->data(Qt::UserRole).toDouble() : std::nan("");
}

bool near(double a, double b, double rel) { return std::abs(a - b) <= rel * std::abs(b); }

// Every number cell carries a formula / source tooltip.
void verifyTooltips(const QTableWidget* t)
{
  for (int r = 0; r < t->rowCount(); ++r)
    for (int c = 0; c < t->columnCount(); ++c) {
      const QTableWidgetItem* item = t->item(r, c);
      if (item && item->data(Qt::UserRole).isValid())
        QVERIFY2(!item->toolTip().isEmpty(),
                 qPrintable(t->objectName() + QStringLiteral(" row %1 col %2").arg(r).arg(c)));
    }
}

}   // namespace

class TestDetailsPanel : public QObject {
  Q_OBJECT
private slots:
  void initTestCase()
  {
    model_.loadScenario(cdse::builtin_scenario("reference-clip-b16"));
    const auto info = model_.designInfo(DesignRef::baseline(0));
    QVERIFY(info);
    QVERIFY2(info->evaluated, qPrintable(info->error));
    design_ = *info;
  }

  void showsEveryBreakdownAndTheyAddUp()
  {
    DetailsPanel panel;
    panel.showDesign(design_);
    auto* tabs = panel.findChild<QTabWidget*>(QStringLiteral("detailsTabs"));
    QVERIFY(tabs);
    QVERIFY(!tabs->isHidden());
    QCOMPARE(tabs->count(), 6);
    const auto& inv = design_.invariants;

    auto* summary = panel.findChild<QTableWidget*>(QStringLiteral("summaryTable"));
    auto* designT = panel.findChild<QTableWidget*>(QStringLiteral("designTable"));
    auto* area = panel.findChild<QTableWidget*>(QStringLiteral("areaTable"));
    auto* energy = panel.findChild<QTableWidget*>(QStringLiteral("energyTable"));
    auto* latency = panel.findChild<QTableWidget*>(QStringLiteral("latencyTable"));
    auto* carbon = panel.findChild<QTableWidget*>(QStringLiteral("carbonTable"));
    for (auto* t : {summary, designT, area, energy, latency, carbon}) {
      QVERIFY(t);
      QVERIFY2(t->rowCount() > 0, qPrintable(t->objectName()));
      verifyTooltips(t);
    }
    // Design: one row per encoder dimension, then the accelerator (clusters shown as a number).
    QVERIFY(designT->rowCount() >= 10);
    QVERIFY(!designT->findItems(QStringLiteral("Clusters"), Qt::MatchExactly).isEmpty());
    // The dataflow is named, with what it keeps stationary in its tooltip.
    const auto dataflow = designT->findItems(QStringLiteral("Dataflow"), Qt::MatchExactly);
    QCOMPARE(dataflow.size(), 1);
    const QTableWidgetItem* dataflowValue = designT->item(dataflow.front()->row(), 1);
    QCOMPARE(dataflowValue->text(), QStringLiteral("Weight stationary (ws)"));
    QVERIFY(dataflowValue->toolTip().contains(QStringLiteral("SCALE-Sim")));

    // Area: 4 arrays, control and wiring, + total; components sum to the chip area.
    QCOMPARE(area->rowCount(), 6);
    QVERIFY(inv.area_mm2 > 0);
    QVERIFY2(near(columnSum(area, 1, 5), inv.area_mm2, 0.01),
             qPrintable(QStringLiteral("%1 vs %2").arg(columnSum(area, 1, 5)).arg(inv.area_mm2)));
    QVERIFY(near(cellValue(area, 5, 1), inv.area_mm2, 1e-9));
    QVERIFY(near(columnSum(area, 2, 5), 100.0, 1e-6));

    // Energy: MAC, RF, L2, GLB, DRAM, static + total, mJ; sum = energy per inference.
    QCOMPARE(energy->rowCount(), 7);
    QVERIFY(inv.energy_per_inference_j > 0);
    QVERIFY2(near(columnSum(energy, 1, 6), inv.energy_per_inference_j * 1e3, 0.01),
             qPrintable(QStringLiteral("%1 vs %2").arg(columnSum(energy, 1, 6)).arg(inv.energy_per_inference_j * 1e3)));
    for (int r = 0; r < 6; ++r)
      QVERIFY(cellValue(energy, r, 1) >= 0);

    // Latency: many operators, longest first, summing to the inference latency (serial schedule).
    QVERIFY(latency->rowCount() > 5);
    QCOMPARE(latency->columnCount(), 9);
    // Columns: operator, latency, share, utilisation, bound, energy, count, kind, group.
    const double latencySumMs = columnSum(latency, 1, latency->rowCount());
    QVERIFY2(near(latencySumMs, inv.latency_s * 1e3, 0.01),
             qPrintable(QStringLiteral("%1 vs %2").arg(latencySumMs).arg(inv.latency_s * 1e3)));
    for (int r = 1; r < latency->rowCount(); ++r)
      QVERIFY(cellValue(latency, r - 1, 1) >= cellValue(latency, r, 1));
    for (int r = 0; r < latency->rowCount(); ++r) {
      const double util = cellValue(latency, r, 3);
      QVERIFY(util >= 0 && util <= 100.0 + 1e-9);
      QVERIFY(cellValue(latency, r, 6) >= 1);
    }
    QVERIFY(near(columnSum(latency, 2, latency->rowCount()), 100.0, 1e-6));

    // Carbon: chip + DRAM + packaging = embodied; dynamic + static = operational; P5 <= embodied <= P95.
    // The reference scenario leaves leakage out, so there is no operational band (see below).
    QVERIFY(!design_.settings.include_static);
    QCOMPARE(carbon->rowCount(), 10);
    const auto& c = design_.carbon;
    QVERIFY(c.total_kg > 0);
    QVERIFY(near(columnSum(carbon, 1, 3), cellValue(carbon, 3, 1), 1e-9));
    QVERIFY(near(cellValue(carbon, 3, 1), c.embodied_kg, 1e-12));
    QVERIFY(near(cellValue(carbon, 6, 1) + cellValue(carbon, 7, 1), c.operational_kg, 1e-9));
    QVERIFY(near(cellValue(carbon, 3, 1) + cellValue(carbon, 8, 1), cellValue(carbon, 9, 1), 1e-9));
    QVERIFY(cellValue(carbon, 4, 1) <= c.embodied_kg && c.embodied_kg <= cellValue(carbon, 5, 1));
  }

  void leakageAddsTheOperationalBandRows()
  {
    DetailsPanel panel;
    cdse::CarbonSettings withLeakage = design_.settings;
    withLeakage.include_static = true;
    panel.setCarbonSettings(withLeakage);
    panel.showDesign(design_);
    auto* carbon = panel.findChild<QTableWidget*>(QStringLiteral("carbonTable"));
    QCOMPARE(carbon->rowCount(), 12);
    const cdse::CarbonBreakdown c = cdse::CarbonScorer(withLeakage).score(design_.invariants);
    QVERIFY(near(cellValue(carbon, 8, 1), c.operational_kg, 1e-9));
    QVERIFY(near(cellValue(carbon, 9, 1), c.operational_low_kg, 1e-9));
    QVERIFY(near(cellValue(carbon, 10, 1), c.operational_high_kg, 1e-9));
    QVERIFY(c.operational_low_kg < c.operational_kg && c.operational_kg < c.operational_high_kg);
    QVERIFY(near(cellValue(carbon, 11, 1), c.total_kg, 1e-9));
    verifyTooltips(carbon);
  }

  void opLatenciesMatchTheSimulatorTotals()
  {
    const OpLatencyTable ops = simulateOpLatencies(design_.design);
    QVERIFY(ops.rows.size() > 5);
    QVERIFY(near(ops.sum_latency_s, ops.report_latency_s, 1e-9));
    QVERIFY(near(ops.report_latency_s, design_.invariants.latency_s, 1e-9));
    double energy = 0;
    for (const auto& r : ops.rows)
      energy += r.energy.total_j();
    QVERIFY(near(energy, design_.invariants.energy_per_inference_j, 1e-6));
  }

  void nulloptClearsAndRefusedDesignsShowTheirError()
  {
    DetailsPanel panel;
    panel.showDesign(design_);
    panel.showDesign(std::nullopt);
    auto* tabs = panel.findChild<QTabWidget*>(QStringLiteral("detailsTabs"));
    QVERIFY(tabs->isHidden());
    for (auto* t : panel.findChildren<QTableWidget*>())
      QCOMPARE(t->rowCount(), 0);
    auto* title = panel.findChild<QLabel*>(QStringLiteral("detailsTitle"));
    QCOMPARE(title->text(), QStringLiteral("Click a design in a plot to see its details."));

    SelectedDesign refused = design_;
    refused.evaluated = false;
    refused.error = QStringLiteral("pe_width: must be positive");
    refused.feasibility.feasible = false;
    panel.showDesign(refused);
    auto* status = panel.findChild<QLabel*>(QStringLiteral("detailsStatus"));
    QVERIFY(status->text().contains(refused.error));
    QVERIFY(panel.findChild<QTableWidget*>(QStringLiteral("designTable"))->rowCount() > 0);
    QCOMPARE(panel.findChild<QTableWidget*>(QStringLiteral("latencyTable"))->rowCount(), 0);
  }

  void newAssumptionsRescoreTheShownCarbon()
  {
    DetailsPanel panel;
    panel.setCarbonSettings(design_.settings);
    panel.showDesign(design_);
    auto* carbon = panel.findChild<QTableWidget*>(QStringLiteral("carbonTable"));
    const double dynamicBefore = cellValue(carbon, 6, 1);
    QVERIFY(dynamicBefore > 0);
    cdse::CarbonSettings dirtier = design_.settings;
    dirtier.grid_intensity_g_per_kwh *= 2;
    panel.setCarbonSettings(dirtier);
    QVERIFY(near(cellValue(carbon, 6, 1), 2 * dynamicBefore, 1e-9));
    QVERIFY(!panel.findChild<QLabel*>(QStringLiteral("carbonNote"))->text().isEmpty());
  }

  void languageChangeRetranslates()
  {
    DetailsPanel panel;
    panel.showDesign(design_);
    auto* latency = panel.findChild<QTableWidget*>(QStringLiteral("latencyTable"));
    const int rows = latency->rowCount();
    QEvent event(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&panel, &event);
    QCOMPARE(latency->rowCount(), rows);
    QCOMPARE(panel.findChild<QTabWidget*>(QStringLiteral("detailsTabs"))->tabText(0), QStringLiteral("Summary"));
    panel.showDesign(std::nullopt);
    QCoreApplication::sendEvent(&panel, &event);
    panel.showDesign(design_);
    panel.resize(800, 600);
    auto* tabs = panel.findChild<QTabWidget*>(QStringLiteral("detailsTabs"));
    for (int i = 0; i < tabs->count(); ++i) {
      tabs->setCurrentIndex(i);
      const QPixmap shot = panel.grab();   // paints every visible child, the carbon bar included
      QVERIFY(!shot.isNull());
      // DETAILS_PANEL_SHOTS=dir saves each tab, to look at the layout.
      const QString dir = qEnvironmentVariable("DETAILS_PANEL_SHOTS");
      if (!dir.isEmpty())
        QVERIFY(shot.save(dir + QStringLiteral("/details_tab%1.png").arg(i)));
    }
  }

private:
  ExplorerModel model_;
  SelectedDesign design_;
};

QTEST_MAIN(TestDetailsPanel)
#include "test_details_panel.moc"
