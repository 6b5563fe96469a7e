#pragma once
// The Sweep panel (issue 16): "when does operational carbon overtake embodied, and which design is
// best where?". One operational assumption (grid intensity, lifetime, inference rate, duty cycle)
// is swept over a range, the other assumptions as the sliders set them; the plot shows the pinned
// designs' carbon with their break-even points and the carbon-optimal design among the candidates
// (the exact universal front when there is one, else the shown run's designs: the caption says
// which). The sweep runs in core (run_carbon_sweep) on a worker thread; a newer request cancels
// an older one, and only the newest result is drawn.
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "core/analysis/carbon_sweep.h"
#include "ui/explorer/selected_design.h"

class ElidedLabel;
class LatestTaskRunner;
class QTimer;
class SweepPlot;
class SweepRangeEditor;

class SweepPanel : public QWidget {
  Q_OBJECT
public:
  explicit SweepPanel(QWidget* parent = nullptr);
  ~SweepPanel() override;

  void setDesigns(const std::vector<SelectedDesign>& designs);
  void setCarbonSettings(const cdse::CarbonSettings& settings);
  // The designs the optimum is chosen from; `labelOf` names a candidate ("#123"). Null: none.
  void setCandidates(std::shared_ptr<const cdse::SweepCandidates> candidates, const QString& source,
                     std::function<QString(std::size_t)> labelOf);

  void setParameter(cdse::SweepParameter parameter);   // with its default range
  void requestSweep();                                 // coalesced: the sweep starts once the inputs stop changing
  SweepPlot* plot() const { return plot_; }
  // The sweep on screen (empty until the first one has finished), for tests and exports.
  const std::optional<cdse::CarbonSweep>& shownSweep() const { return shown_; }
  // What the shown sweep was drawn with (the report): its range, the pinned designs' labels in the
  // sweep's order, and the candidates' names (empty without candidates).
  const cdse::SweepRange& shownRange() const { return shownRange_; }
  const QStringList& shownDesignLabels() const { return shownLabels_; }
  const std::function<QString(std::size_t)>& shownCandidateLabel() const { return shownLabelOf_; }

signals:
  void sweepShown();

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();
  void startSweep();
  void showResult(const cdse::CarbonSweep& sweep);
  cdse::SweepRange range() const;

  SweepRangeEditor* editor_;
  ElidedLabel* caption_;
  SweepPlot* plot_;
  QTimer* debounce_;
  LatestTaskRunner* runner_;

  std::vector<SelectedDesign> designs_;
  cdse::CarbonSettings settings_;
  std::shared_ptr<const cdse::SweepCandidates> candidates_;
  QString candidateSource_;
  std::function<QString(std::size_t)> labelOf_;
  std::optional<cdse::CarbonSweep> shown_;
  cdse::SweepRange shownRange_;
  QStringList shownLabels_;
  std::function<QString(std::size_t)> shownLabelOf_;
};
