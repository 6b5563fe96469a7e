#pragma once
// Drill-down into one clicked design: a header (label, feasibility, front membership) and tabs for
// the headline numbers with an embodied-vs-operational bar, the design's parameters, and the area,
// energy, per-operator latency and carbon breakdowns. Every number's tooltip gives its formula and
// data source. Only the per-operator table is computed here, by re-simulating this one design.
#include <QWidget>

#include <optional>

#include "core/carbon/carbon_settings.h"
#include "ui/details/op_latency.h"
#include "ui/explorer/selected_design.h"

class QLabel;
class QTabWidget;
class QTableWidget;
class CarbonBar;

class DetailsPanel : public QWidget {
  Q_OBJECT
public:
  explicit DetailsPanel(QWidget* parent = nullptr);
  // nullopt: "Click a design in a plot to see its details."
  void showDesign(const std::optional<SelectedDesign>& design);
  // The sliders changed: when the shown design was scored under other assumptions, its carbon is
  // re-scored here (arithmetic, no simulation) until the explorer sends the re-scored design.
  void setCarbonSettings(const cdse::CarbonSettings& settings);
  // Everyday equivalents of the total under the carbon bar (View ▸ Everyday Equivalents).
  void setShowEquivalents(bool show);

protected:
  void changeEvent(QEvent* event) override;   // LanguageChange: every label and table again

private:
  void retranslate();
  void render();
  void renderContent();
  void clearTables();
  void updateOpLatencies();
  QString statusText() const;

  QLabel* title_ = nullptr;
  QLabel* status_ = nullptr;
  QTabWidget* tabs_ = nullptr;
  QTableWidget* summaryTable_ = nullptr;
  CarbonBar* carbonBar_ = nullptr;
  QLabel* equivalents_ = nullptr;
  bool showEquivalents_ = true;
  QTableWidget* designTable_ = nullptr;
  QTableWidget* areaTable_ = nullptr;
  QTableWidget* energyTable_ = nullptr;
  QLabel* latencyNote_ = nullptr;
  QTableWidget* latencyTable_ = nullptr;
  QLabel* carbonNote_ = nullptr;
  QTableWidget* carbonTable_ = nullptr;

  std::optional<SelectedDesign> shown_;
  std::optional<cdse::CarbonSettings> settings_;
  bool carbonRescored_ = false;   // shown_->carbon was re-scored here after setCarbonSettings
  QString rescoreError_;          // the new settings could not be scored
  // The per-operator simulation of shown_->design (kept while the same design is shown).
  std::optional<cdse::Design> simulated_;
  OpLatencyTable ops_;
  QString opsError_;
};
