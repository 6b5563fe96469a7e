#pragma once
// The Regime Map panel (issue 16): "which design is best where, and where does operational
// carbon overtake embodied?" over two assumptions at once (e.g. grid intensity × inference rate),
// the others as the sliders set them. Each cell is coloured by the carbon-optimal design among the
// candidates (the exact universal front when there is one, else the shown run's designs: the
// caption says which), or by its embodied share; the break-even contour runs across. The map is
// computed in core (run_regime_map) on a worker thread; a newer request cancels an older one and
// only the newest result is drawn.
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

#include "core/analysis/regime_map.h"
#include "ui/regime/regime_plot.h"

class ElidedLabel;
class LatestTaskRunner;
class QComboBox;
class QLabel;
class QTimer;
class SweepRangeEditor;

class RegimePanel : public QWidget {
  Q_OBJECT
public:
  explicit RegimePanel(QWidget* parent = nullptr);
  ~RegimePanel() override;

  void setCarbonSettings(const cdse::CarbonSettings& settings);
  // The designs the optimum is chosen from; `labelOf` names a candidate ("#123"). Null: none.
  void setCandidates(std::shared_ptr<const cdse::SweepCandidates> candidates, const QString& source,
                     std::function<QString(std::size_t)> labelOf);

  void setAxes(cdse::SweepParameter x, cdse::SweepParameter y);   // with their default ranges
  void setColouring(RegimePlotInput::Colour colour);
  void setResolution(int cellsPerAxis);   // 2-400; 41 by default
  // Coalesced: the map starts once the inputs stop changing, and only while the panel is visible
  // (a map costs a scan of every candidate per cell); a hidden panel maps when it is shown.
  void requestMap();

  RegimePlot* plot() const { return plot_; }
  SweepRangeEditor* xEditor() const { return x_; }
  SweepRangeEditor* yEditor() const { return y_; }
  // The map on screen (empty until the first one has finished), for tests and exports.
  const std::optional<cdse::RegimeMap>& shownMap() const { return shown_; }

signals:
  void mapShown();   // a whole map (not the coarse preview drawn first when there are many candidates)

protected:
  void changeEvent(QEvent* event) override;
  void showEvent(QShowEvent* event) override;

private:
  void retranslateUi();
  void startMap();
  void compute(int cellsPerAxis);
  void showFailure(const QString& message);   // no map: the reason on the plot
  void showResult(const cdse::RegimeMap& map);

  SweepRangeEditor* x_;
  SweepRangeEditor* y_;
  QLabel* colourLabel_;
  QComboBox* colour_;
  ElidedLabel* caption_;
  RegimePlot* plot_;
  QTimer* debounce_;
  LatestTaskRunner* runner_;

  cdse::CarbonSettings settings_;
  std::shared_ptr<const cdse::SweepCandidates> candidates_;
  QString candidateSource_;
  std::function<QString(std::size_t)> labelOf_;
  int cells_ = 41;
  bool stale_ = true;   // the inputs changed since the shown map was requested
  std::optional<cdse::RegimeMap> shown_;
};
