#pragma once
// The A/B panel (issue 16): "on Poland's grid for 6 years instead of Quebec's for 3, which design
// is best and how much does it save?". Two full sets of carbon assumptions, A and B, each taken
// from the sliders or shown in them (the Assumptions panel is the editor); each pinned design's
// total under A and B with the absolute and relative delta; the carbon-optimal design under each
// set among the candidates (the exact universal front when solved, else the shown run's designs);
// and what switching to B's optimum saves under B. Computed in core (compare_assumptions) when
// the panel is visible: scoring is arithmetic, a few ms for ten thousand candidates.
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "core/analysis/assumption_comparison.h"
#include "ui/explorer/selected_design.h"

class ElidedLabel;
class QLabel;
class QTableWidget;
class QTimer;
class QToolButton;

class AbPanel : public QWidget {
  Q_OBJECT
public:
  explicit AbPanel(QWidget* parent = nullptr);

  void setDesigns(const std::vector<SelectedDesign>& designs);
  // The sliders' values. The first call also sets A and B (the same set until one is changed).
  void setSliderSettings(const cdse::CarbonSettings& settings);
  void setCandidates(std::shared_ptr<const cdse::SweepCandidates> candidates, const QString& source,
                     std::function<QString(std::size_t)> labelOf);
  void setSets(cdse::CarbonSettings a, cdse::CarbonSettings b);   // by value: swapSets passes b_, a_
  const cdse::CarbonSettings& setA() const { return a_; }
  const cdse::CarbonSettings& setB() const { return b_; }
  void setShowEquivalents(bool show);

  void takeSlidersAsA();
  void takeSlidersAsB();
  void swapSets();
  void copyAToB();
  void compareNow();   // normally coalesced and only while visible

  // What is on screen, for tests, the report and exports.
  const std::optional<cdse::AssumptionComparison>& shownComparison() const { return shown_; }
  // The sentence under the sets: the optimum under each and what switching saves, followed by the
  // saving's everyday equivalents when they are shown and withEquivalents.
  QString summaryText(bool withEquivalents = true) const;
  // "The saving is ≈ 1.4 km by car · …"; empty when equivalents are off or nothing is saved.
  QString equivalentsText() const;
  // The note under the table (units, where the optimum comes from).
  QString tableNote() const;
  QTableWidget* table() const { return table_; }
  // Row labels of the table, in order: the pinned designs, then A's and B's optimum when found.
  QStringList rowLabels() const;

signals:
  void applyToSliders(const cdse::CarbonSettings& settings, const QString& editName);
  void comparisonShown();
  // "Export Figure…": the window asks for the size and the file (ui/report/ab_figure_export.h).
  void exportFigureRequested();

protected:
  void changeEvent(QEvent* event) override;
  void showEvent(QShowEvent* event) override;

private:
  void retranslateUi();
  void requestCompare();
  void render();
  QString optimumLabel(const cdse::OptimumUnderSet& optimum) const;

  QLabel* aName_;
  QLabel* bName_;
  ElidedLabel* aSummary_;
  ElidedLabel* bSummary_;
  QToolButton* takeA_;
  QToolButton* takeB_;
  QToolButton* applyA_;
  QToolButton* applyB_;
  QToolButton* swap_;
  QToolButton* copy_;
  QToolButton* exportFigure_;
  QLabel* differences_;
  QLabel* summary_;
  QTableWidget* table_;
  QLabel* caption_;
  QTimer* debounce_;

  std::vector<SelectedDesign> designs_;
  std::optional<cdse::CarbonSettings> sliders_;
  cdse::CarbonSettings a_, b_;
  std::shared_ptr<const cdse::SweepCandidates> candidates_;
  QString candidateSource_;
  std::function<QString(std::size_t)> labelOf_;
  bool showEquivalents_ = true;
  std::optional<cdse::AssumptionComparison> shown_;
};
