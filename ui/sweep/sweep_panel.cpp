#include "ui/sweep/sweep_panel.h"

#include <QEvent>
#include <QTimer>
#include <QVBoxLayout>

#include "core/carbon/carbon_settings_json.h"
#include "ui/sweep/sweep_plot.h"
#include "ui/widgets/sweep_range_editor.h"
#include "ui/widgets/elided_label.h"
#include "ui/widgets/latest_task_runner.h"

namespace {

constexpr int k_steps = 121;

}   // namespace

SweepPanel::SweepPanel(QWidget* parent) : QWidget(parent)
{
  // Two rows: the panel shares the right column with Design Details (~370 px at 1366 × 768).
  editor_ = new SweepRangeEditor(SweepRangeEditor::Rows::Two, SweepRangeEditor::Parameters::All);
  caption_ = new ElidedLabel;   // one line, whole in its tooltip: the dock is low at 1366 × 768
  plot_ = new SweepPlot;
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(editor_);
  layout->addWidget(plot_, 1);
  layout->addWidget(caption_);

  debounce_ = new QTimer(this);
  debounce_->setSingleShot(true);
  debounce_->setInterval(120);
  connect(debounce_, &QTimer::timeout, this, &SweepPanel::startSweep);
  runner_ = new LatestTaskRunner(this);
  connect(editor_, &SweepRangeEditor::changed, this, &SweepPanel::requestSweep);
  retranslateUi();
}

SweepPanel::~SweepPanel() = default;   // the runner cancels and waits for its work

void SweepPanel::setParameter(cdse::SweepParameter parameter) { editor_->setParameter(parameter); }

void SweepPanel::setDesigns(const std::vector<SelectedDesign>& designs)
{
  designs_.clear();
  for (const auto& d : designs)
    if (d.evaluated)
      designs_.push_back(d);
  requestSweep();
}

void SweepPanel::setCarbonSettings(const cdse::CarbonSettings& settings)
{
  if (settings == settings_)
    return;
  settings_ = settings;
  requestSweep();
}

void SweepPanel::setCandidates(std::shared_ptr<const cdse::SweepCandidates> candidates, const QString& source,
                               std::function<QString(std::size_t)> labelOf)
{
  candidates_ = std::move(candidates);
  candidateSource_ = source;
  labelOf_ = std::move(labelOf);
  requestSweep();
}

cdse::SweepRange SweepPanel::range() const { return editor_->range(k_steps); }

void SweepPanel::requestSweep() { debounce_->start(); }

void SweepPanel::startSweep()
{
  const cdse::SweepRange r = range();
  try {
    cdse::sweep_values(r);
  } catch (const std::exception&) {
    runner_->cancel();
    shown_.reset();
    plot_->showMessage(r.log_scale && !(r.from > 0) ? tr("A log scale needs a first value above 0.")
                                                    : tr("The last value must be above the first."));
    return;
  }
  if (designs_.empty() && !candidates_) {
    runner_->cancel();
    shown_.reset();
    plot_->showMessage(tr("Pin designs or run a search to see how their carbon changes."));
    caption_->clear();
    return;
  }
  std::vector<cdse::DesignInvariants> designs;
  for (const auto& d : designs_)
    designs.push_back(d.invariants);
  const cdse::CarbonSettings settings = settings_;
  const auto candidates = candidates_;
  runner_->start([this, r, designs, settings, candidates](const std::atomic<bool>& cancel) -> LatestTaskRunner::Delivery {
    try {
      auto sweep = std::make_shared<const cdse::CarbonSweep>(
          cdse::run_carbon_sweep(settings, r, designs, candidates.get(), &cancel));
      if (sweep->cancelled)
        return {};
      return [this, sweep] { showResult(*sweep); };
    } catch (const std::exception&) {
      return {};   // the settings the sliders hold are valid; nothing else can throw. Drawn as no result.
    }
  });
}

void SweepPanel::showResult(const cdse::CarbonSweep& sweep)
{
  SweepPlotInput input;
  input.range = range();
  input.sweep = sweep;
  for (const auto& d : designs_)
    input.designLabels << d.label;
  input.candidateLabel = labelOf_;
  input.currentValue = cdse::sweep_value(settings_, input.range.parameter);
  input.categories = cdse::sweep_range_categories(input.range);
  input.currentCategory = cdse::sweep_category_of(settings_, input.range.parameter);
  if (candidates_)
    input.optimalCaption = tr("Carbon-optimal design");
  plot_->show(input);
  shown_ = sweep;
  shownRange_ = input.range;
  shownLabels_ = input.designLabels;
  shownLabelOf_ = candidates_ ? labelOf_ : nullptr;
  QString caption =
      candidates_ ? tr("Optimum among %1, within the limits. Other assumptions as set on the left.").arg(candidateSource_)
                  : tr("No candidates for the optimum yet. Other assumptions as set on the left.");
  // A node override rescales the designs found at their own node; a search at that node (its own
  // memory and DRAM trade-offs) could find others.
  if (input.range.parameter == cdse::SweepParameter::TechnologyNode)
    caption += QLatin1Char(' ') + tr("Each node rescales these designs; a search at that node could find others.");
  caption_->setText(caption);
  emit sweepShown();
}

void SweepPanel::changeEvent(QEvent* event)
{
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void SweepPanel::retranslateUi()
{
  editor_->setTitle(tr("Sweep:"));
  editor_->setToolTip(tr("Break-even: where a design's operational carbon equals its embodied carbon."));
  if (shown_)
    requestSweep();   // redraw the plot's texts in the new language
}
