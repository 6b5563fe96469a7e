#include "ui/regime/regime_panel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QShowEvent>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

#include "core/io/input_error.h"
#include "ui/widgets/sweep_range_editor.h"
#include "ui/widgets/elided_label.h"
#include "ui/widgets/latest_task_runner.h"

namespace {

// A map over more candidates than this is drawn first at the preview's resolution.
constexpr std::size_t k_preview_candidates = 2000;
constexpr int k_preview_cells = 11;

}   // namespace

RegimePanel::RegimePanel(QWidget* parent) : QWidget(parent)
{
  x_ = new SweepRangeEditor(SweepRangeEditor::Rows::One);
  y_ = new SweepRangeEditor(SweepRangeEditor::Rows::One);
  colourLabel_ = new QLabel;
  colour_ = new QComboBox;
  colour_->addItem(QString(), static_cast<int>(RegimePlotInput::Colour::OptimalDesign));
  colour_->addItem(QString(), static_cast<int>(RegimePlotInput::Colour::EmbodiedShare));
  caption_ = new ElidedLabel;
  plot_ = new RegimePlot;

  auto* colourRow = new QHBoxLayout;
  colourRow->addWidget(colourLabel_);
  colourRow->addWidget(colour_, 1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(x_);
  layout->addWidget(y_);
  layout->addLayout(colourRow);
  layout->addWidget(plot_, 1);
  layout->addWidget(caption_);

  debounce_ = new QTimer(this);
  debounce_->setSingleShot(true);
  debounce_->setInterval(150);
  connect(debounce_, &QTimer::timeout, this, &RegimePanel::startMap);
  runner_ = new LatestTaskRunner(this);
  for (SweepRangeEditor* editor : {x_, y_})
    connect(editor, &SweepRangeEditor::changed, this, &RegimePanel::requestMap);
  connect(colour_, &QComboBox::currentIndexChanged, this, [this] {
    if (shown_)
      showResult(*shown_);   // a new colouring of the same map: nothing to compute
  });
  retranslateUi();
  setAxes(cdse::SweepParameter::GridIntensity, cdse::SweepParameter::InferencesPerSecond);
}

RegimePanel::~RegimePanel() = default;   // the runner cancels and waits for its work

void RegimePanel::setAxes(cdse::SweepParameter x, cdse::SweepParameter y)
{
  x_->setParameter(x);
  y_->setParameter(y);
}

void RegimePanel::setColouring(RegimePlotInput::Colour colour)
{
  colour_->setCurrentIndex(colour_->findData(static_cast<int>(colour)));
}

void RegimePanel::setResolution(int cellsPerAxis)
{
  cells_ = std::clamp(cellsPerAxis, 2, 400);
  requestMap();
}

void RegimePanel::setCarbonSettings(const cdse::CarbonSettings& settings)
{
  if (settings == settings_)
    return;
  settings_ = settings;
  requestMap();
}

void RegimePanel::setCandidates(std::shared_ptr<const cdse::SweepCandidates> candidates, const QString& source,
                                std::function<QString(std::size_t)> labelOf)
{
  candidates_ = std::move(candidates);
  candidateSource_ = source;
  labelOf_ = std::move(labelOf);
  requestMap();
}

void RegimePanel::requestMap()
{
  stale_ = true;
  if (isVisible())
    debounce_->start();
}

void RegimePanel::showEvent(QShowEvent* event)
{
  QWidget::showEvent(event);
  if (stale_)
    debounce_->start();
}

void RegimePanel::showFailure(const QString& message)
{
  runner_->cancel();
  shown_.reset();
  plot_->showMessage(message);
  caption_->clear();
}

void RegimePanel::startMap()
{
  if (!isVisible())
    return;   // mapped when shown
  stale_ = false;
  if (!candidates_) {
    showFailure(tr("Run a search or solve the exact front: the map shows which of its designs is optimal where."));
    return;
  }
  // Many candidates make a full map take seconds: a coarse one first answers a slider at once.
  const bool preview = cells_ > k_preview_cells && candidates_->designs.size() > k_preview_candidates;
  compute(preview ? k_preview_cells : cells_);
}

void RegimePanel::compute(int cells)
{
  const cdse::SweepRange x = x_->range(cells), y = y_->range(cells);
  if (x.parameter == y.parameter) {
    showFailure(tr("Choose two different assumptions."));
    return;
  }
  for (const cdse::SweepRange& r : {x, y})
    try {
      cdse::sweep_values(r);
    } catch (const cdse::InputError&) {
      showFailure(r.log_scale && !(r.from > 0) ? tr("A log scale needs a first value above 0.")
                                               : tr("The last value must be above the first."));
      return;
    }
  const cdse::CarbonSettings settings = settings_;
  const auto candidates = candidates_;
  runner_->start([this, x, y, settings, candidates](const std::atomic<bool>& cancel) -> LatestTaskRunner::Delivery {
    try {
      auto map = std::make_shared<const cdse::RegimeMap>(cdse::run_regime_map(settings, x, y, *candidates, &cancel));
      if (map->cancelled)
        return {};
      return [this, map] {
        showResult(*map);
        if (static_cast<int>(map->x_values.size()) < cells_)
          compute(cells_);   // the preview is up: now the whole map
      };
    } catch (const std::exception&) {
      return {};   // the inputs were checked above and the sliders' settings are valid
    }
  });
}

void RegimePanel::showResult(const cdse::RegimeMap& map)
{
  RegimePlotInput input;
  input.map = map;
  input.colour = static_cast<RegimePlotInput::Colour>(colour_->currentData().toInt());
  input.candidateLabel = labelOf_;
  input.currentX = cdse::sweep_value(settings_, map.x.parameter);
  input.currentY = cdse::sweep_value(settings_, map.y.parameter);
  plot_->show(input);
  shown_ = map;
  const bool preview = static_cast<int>(map.x_values.size()) < cells_;
  caption_->setText(preview
                        ? tr("Refining the map…")
                        : tr("Optimum among %1, within the limits; %n design(s) optimal somewhere. Other assumptions as "
                             "set on the left.",
                             nullptr, static_cast<int>(map.regimes.size()))
                              .arg(candidateSource_));
  if (!preview)
    emit mapShown();
}

void RegimePanel::changeEvent(QEvent* event)
{
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void RegimePanel::retranslateUi()
{
  x_->setTitle(tr("Across:"));
  y_->setTitle(tr("Up:"));
  colourLabel_->setText(tr("Colour by:"));
  colour_->setItemText(0, tr("Carbon-optimal design"));
  colour_->setItemText(1, tr("Embodied share of its carbon"));
  colour_->setToolTip(tr("Each cell: the design with the lowest total carbon there, or how much of that design's "
                         "carbon is embodied. The black line is the break-even, where its operational carbon "
                         "equals its embodied carbon."));
  if (shown_)
    showResult(*shown_);   // the plot's texts in the new language
}
