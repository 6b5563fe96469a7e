#include "ui/sweep/sweep_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

#include "core/carbon/carbon_settings_json.h"
#include "ui/sweep/sweep_plot.h"
#include "ui/widgets/elided_label.h"

namespace {

constexpr int k_steps = 121;

struct RangeDefaults {
  double from, to, min, max;
  int decimals;
  bool log;
};

RangeDefaults defaults_for(cdse::SweepParameter p)
{
  switch (p) {
    case cdse::SweepParameter::GridIntensity: return {1, 1000, 0, 5000, 1, true};
    case cdse::SweepParameter::LifetimeYears: return {0.5, 10, 0.1, 100, 1, false};
    case cdse::SweepParameter::InferencesPerSecond: return {0.01, 1000, 0, 1e9, 3, true};
    case cdse::SweepParameter::DutyCycle: return {0, 1, 0, 1, 2, false};
  }
  return {0, 1, 0, 1, 2, false};
}

}   // namespace

SweepPanel::SweepPanel(QWidget* parent) : QWidget(parent)
{
  parameterLabel_ = new QLabel;
  parameter_ = new QComboBox;
  for (const auto& info : cdse::sweep_parameters())
    parameter_->addItem(QString(), static_cast<int>(info.parameter));
  rangeLabel_ = new QLabel;
  from_ = new QDoubleSpinBox;
  to_ = new QDoubleSpinBox;
  log_ = new QCheckBox;
  caption_ = new ElidedLabel;   // one line, whole in its tooltip: the dock is low at 1366 × 768
  plot_ = new SweepPlot;

  // Two rows: the panel shares the right column with Design Details (~370 px at 1366 × 768).
  auto* parameterRow = new QHBoxLayout;
  parameterRow->addWidget(parameterLabel_);
  parameterRow->addWidget(parameter_, 1);
  auto* rangeRow = new QHBoxLayout;
  rangeRow->addWidget(rangeLabel_);
  rangeRow->addWidget(from_, 1);
  rangeRow->addWidget(new QLabel(QStringLiteral("–")));
  rangeRow->addWidget(to_, 1);
  rangeRow->addWidget(log_);
  for (QDoubleSpinBox* box : {from_, to_})
    box->setMinimumWidth(60);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addLayout(parameterRow);
  layout->addLayout(rangeRow);
  layout->addWidget(plot_, 1);
  layout->addWidget(caption_);

  debounce_ = new QTimer(this);
  debounce_->setSingleShot(true);
  debounce_->setInterval(120);
  connect(debounce_, &QTimer::timeout, this, &SweepPanel::startSweep);
  pool_ = new QThreadPool(this);
  pool_->setMaxThreadCount(1);

  connect(parameter_, &QComboBox::currentIndexChanged, this,
          [this] { setParameter(static_cast<cdse::SweepParameter>(parameter_->currentData().toInt())); });
  for (QDoubleSpinBox* box : {from_, to_})
    connect(box, &QDoubleSpinBox::valueChanged, this, &SweepPanel::requestSweep);
  connect(log_, &QCheckBox::toggled, this, &SweepPanel::requestSweep);
  retranslateUi();
  setParameter(cdse::SweepParameter::GridIntensity);
}

SweepPanel::~SweepPanel()
{
  if (cancel_)
    cancel_->store(true);
  pool_->waitForDone();
}

void SweepPanel::setParameter(cdse::SweepParameter parameter)
{
  const RangeDefaults d = defaults_for(parameter);
  const QSignalBlocker b1(parameter_), b2(from_), b3(to_), b4(log_);
  parameter_->setCurrentIndex(parameter_->findData(static_cast<int>(parameter)));
  for (QDoubleSpinBox* box : {from_, to_}) {
    box->setDecimals(d.decimals);
    box->setRange(d.min, d.max);
  }
  from_->setValue(d.from);
  to_->setValue(d.to);
  log_->setChecked(d.log);
  requestSweep();
}

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

cdse::SweepRange SweepPanel::range() const
{
  cdse::SweepRange r;
  r.parameter = static_cast<cdse::SweepParameter>(parameter_->currentData().toInt());
  r.from = from_->value();
  r.to = to_->value();
  r.steps = k_steps;
  r.log_scale = log_->isChecked();
  return r;
}

void SweepPanel::requestSweep() { debounce_->start(); }

void SweepPanel::startSweep()
{
  if (cancel_)
    cancel_->store(true);   // an older sweep still running is of no use any more
  cancel_ = std::make_shared<std::atomic<bool>>(false);
  const std::uint64_t generation = ++generation_;
  const cdse::SweepRange r = range();
  try {
    cdse::sweep_values(r);
  } catch (const std::exception&) {
    shown_.reset();
    plot_->showMessage(r.log_scale && !(r.from > 0) ? tr("A log scale needs a first value above 0.")
                                                    : tr("The last value must be above the first."));
    return;
  }
  if (designs_.empty() && !candidates_) {
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
  const auto cancel = cancel_;
  const QPointer<SweepPanel> self(this);
  pool_->start([self, generation, r, designs, settings, candidates, cancel] {
    std::shared_ptr<const cdse::CarbonSweep> result;
    try {
      result = std::make_shared<const cdse::CarbonSweep>(
          cdse::run_carbon_sweep(settings, r, designs, candidates.get(), cancel.get()));
    } catch (const std::exception&) {
      // The settings the sliders hold are valid; nothing else can throw. Drawn as no result.
    }
    if (result && !result->cancelled)
      QMetaObject::invokeMethod(
          self.data(),
          [self, generation, result] {
            if (self)
              self->showResult(generation, result);
          },
          Qt::QueuedConnection);
  });
}

void SweepPanel::showResult(std::uint64_t generation, std::shared_ptr<const cdse::CarbonSweep> sweep)
{
  if (generation != generation_)
    return;   // a newer request is on its way
  SweepPlotInput input;
  input.range = range();
  input.sweep = *sweep;
  for (const auto& d : designs_)
    input.designLabels << d.label;
  input.candidateLabel = labelOf_;
  input.currentValue = cdse::sweep_value(settings_, input.range.parameter);
  if (candidates_)
    input.optimalCaption = tr("Carbon-optimal design");
  plot_->show(input);
  shown_ = *sweep;
  shownRange_ = input.range;
  shownLabels_ = input.designLabels;
  shownLabelOf_ = candidates_ ? labelOf_ : nullptr;
  caption_->setText(
      candidates_ ? tr("Optimum among %1, within the limits. Other assumptions as set on the left.").arg(candidateSource_)
                  : tr("No candidates for the optimum yet. Other assumptions as set on the left."));
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
  parameterLabel_->setText(tr("Sweep:"));
  static const char* const names[] = {
      QT_TR_NOOP("Grid carbon intensity"),
      QT_TR_NOOP("Lifetime"),
      QT_TR_NOOP("Inference rate"),
      QT_TR_NOOP("Duty cycle"),
  };
  for (int i = 0; i < parameter_->count(); ++i)
    parameter_->setItemText(i, tr(names[parameter_->itemData(i).toInt()]));
  rangeLabel_->setText(tr("from"));
  log_->setText(tr("Log scale"));
  log_->setToolTip(tr("Space the values geometrically (grid intensities and rates span orders of magnitude)."));
  parameter_->setToolTip(
      tr("The assumption to vary; the others stay as set in the Assumptions panel. Break-even: where a "
         "design's operational carbon equals its embodied carbon."));
  if (shown_)
    requestSweep();   // redraw the plot's texts in the new language
}
