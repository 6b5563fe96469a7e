#include "ui/assumptions/assumptions_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "ui/assumptions/optional_limit_edit.h"
#include "ui/assumptions/slider_spin_box.h"
#include "ui/assumptions/wheel_guard.h"
#include "core/carbon/carbon_tables.h"

namespace {

constexpr double k_seconds_per_hour = 3600.0;
constexpr double k_seconds_per_day = 86400.0;

// The combo box's data: the model's name in settings files ("murphy", "constant").
QString yieldModelId(cdse::YieldModel model)
{
  const std::string_view id = cdse::to_string(model);
  return QString::fromLatin1(id.data(), static_cast<qsizetype>(id.size()));
}
constexpr double k_min_inferences_per_second = 1e-4;
constexpr double k_max_inferences_per_second = 1e4;

QString presetTooltip(const cdse::IntensityPreset& p)
{
  return AssumptionsPanel::tr("%1: %2 g CO₂e/kWh\nSource: %3 (%4)")
      .arg(QString::fromStdString(p.name))
      .arg(QLocale().toString(p.g_per_kwh))
      .arg(QString::fromStdString(p.source))
      .arg(p.year);
}

void setRowLabel(QFormLayout* form, QWidget* field, const QString& text, const QString& tip = {})
{
  if (auto* label = qobject_cast<QLabel*>(form->labelForField(field))) {
    label->setText(text);
    label->setToolTip(tip);
  }
  field->setToolTip(tip);
}

}   // namespace

AssumptionsPanel::AssumptionsPanel(QWidget* parent) : QWidget(parent), undo_(new QUndoStack(this))
{
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);   // the dock and the group boxes frame it already
  presetLabel_ = new QLabel;
  preset_ = new QComboBox;
  preset_->setObjectName(QStringLiteral("assumptionPreset"));
  preset_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  layout->addWidget(presetLabel_);
  layout->addWidget(preset_);
  layout->addWidget(buildOperationGroup());
  layout->addWidget(buildManufacturingGroup());
  layout->addWidget(buildConstraintsGroup());
  layout->addStretch(1);
  fillComboBoxes();
  loadPresets();
  retranslateUi();
  showValues(base_);
  recorded_ = {base_, constraints()};
  WheelGuard::install(this);   // the wheel scrolls the panel unless a control has focus

  connect(preset_, &QComboBox::activated, this, [this](int index) { applyPreset(index - 1); });
}

QWidget* AssumptionsPanel::buildOperationGroup()
{
  operation_ = new QGroupBox;
  operationForm_ = new QFormLayout(operation_);
  operationForm_->setRowWrapPolicy(QFormLayout::WrapLongRows);   // a narrow dock: control under its label
  gridRegion_ = new QComboBox;
  gridRegion_->setObjectName(QStringLiteral("gridRegion"));
  gridIntensity_ = new SliderSpinBox(1.0, 1500.0, 1, SliderSpinBox::Scale::Logarithmic);
  gridIntensity_->setObjectName(QStringLiteral("gridIntensity"));
  lifetime_ = new SliderSpinBox(0.1, 20.0, 2, SliderSpinBox::Scale::Linear);
  lifetime_->setObjectName(QStringLiteral("lifetime"));
  workload_ = new SliderSpinBox(k_min_inferences_per_second, k_max_inferences_per_second, 4,
                                SliderSpinBox::Scale::Logarithmic);
  workload_->setObjectName(QStringLiteral("workload"));
  workloadUnit_ = new QComboBox;
  workloadUnit_->setObjectName(QStringLiteral("workloadUnit"));
  dutyCycle_ = new SliderSpinBox(0.0, 100.0, 1, SliderSpinBox::Scale::Linear);
  dutyCycle_->setObjectName(QStringLiteral("dutyCycle"));
  idlePower_ = new SliderSpinBox(0.0, 100.0, 1, SliderSpinBox::Scale::Linear);
  idlePower_->setObjectName(QStringLiteral("idlePower"));
  includeStatic_ = new QCheckBox;
  includeStatic_->setObjectName(QStringLiteral("includeStatic"));
  derived_ = new QLabel;
  derived_->setObjectName(QStringLiteral("derivedWorkload"));
  derived_->setWordWrap(true);

  operationForm_->addRow(new QLabel, gridRegion_);
  operationForm_->addRow(new QLabel, gridIntensity_);
  operationForm_->addRow(new QLabel, lifetime_);
  operationForm_->addRow(new QLabel, workload_);
  operationForm_->addRow(new QLabel, workloadUnit_);
  operationForm_->addRow(new QLabel, dutyCycle_);
  operationForm_->addRow(new QLabel, idlePower_);
  operationForm_->addRow(includeStatic_);
  operationForm_->addRow(derived_);

  connect(gridRegion_, &QComboBox::activated, this, [this] {
    const std::string id = gridRegion_->currentData().toString().toStdString();
    if (!id.empty()) {
      const QSignalBlocker block(gridIntensity_);
      gridIntensity_->setValue(cdse::CarbonTables::instance().grid_region(id).g_per_kwh);
    }
    emitSettings(gridRegion_);
  });
  connect(gridIntensity_, &SliderSpinBox::valueChanged, this, [this] {
    // A hand-set intensity is a custom value, not the region's.
    const QSignalBlocker block(gridRegion_);
    gridRegion_->setCurrentIndex(gridRegion_->count() - 1);
    emitSettings(gridIntensity_);
  });
  connect(workloadUnit_, &QComboBox::activated, this, [this] {
    const double ips = base_.inferences_per_second;
    const double perUnit = workloadUnitPerSecond();
    workload_->setRange(k_min_inferences_per_second / perUnit, k_max_inferences_per_second / perUnit);
    workload_->setValue(ips / perUnit);
    updateDerivedText();
  });
  for (SliderSpinBox* s : {lifetime_, workload_, dutyCycle_, idlePower_})
    connect(s, &SliderSpinBox::valueChanged, this, [this, s] { emitSettings(s); });
  connect(includeStatic_, &QCheckBox::toggled, this, [this] { emitSettings(includeStatic_); });
  return operation_;
}

QWidget* AssumptionsPanel::buildManufacturingGroup()
{
  manufacturing_ = new QGroupBox;
  manufacturingForm_ = new QFormLayout(manufacturing_);
  manufacturingForm_->setRowWrapPolicy(QFormLayout::WrapLongRows);
  fabLocation_ = new QComboBox;
  fabLocation_->setObjectName(QStringLiteral("fabLocation"));
  node_ = new QComboBox;
  node_->setObjectName(QStringLiteral("techNode"));
  gasAbatement_ = new QComboBox;
  gasAbatement_->setObjectName(QStringLiteral("gasAbatement"));
  yieldModel_ = new QComboBox;
  yieldModel_->setObjectName(QStringLiteral("yieldModel"));
  yieldModel_->addItem(QString(), yieldModelId(cdse::YieldModel::Murphy));
  yieldModel_->addItem(QString(), yieldModelId(cdse::YieldModel::Constant));
  yield_ = new SliderSpinBox(0.10, 1.0, 3, SliderSpinBox::Scale::Linear);
  yield_->setObjectName(QStringLiteral("yield"));
  includePackaging_ = new QCheckBox;
  includePackaging_->setObjectName(QStringLiteral("includePackaging"));
  manufacturingForm_->addRow(new QLabel, fabLocation_);
  manufacturingForm_->addRow(new QLabel, node_);
  manufacturingForm_->addRow(new QLabel, gasAbatement_);
  manufacturingForm_->addRow(new QLabel, yieldModel_);
  manufacturingForm_->addRow(new QLabel, yield_);
  manufacturingForm_->addRow(includePackaging_);
  for (QComboBox* c : {fabLocation_, node_, gasAbatement_, yieldModel_})
    connect(c, &QComboBox::activated, this, [this, c] { emitSettings(c); });
  connect(yield_, &SliderSpinBox::valueChanged, this, [this] { emitSettings(yield_); });
  connect(includePackaging_, &QCheckBox::toggled, this, [this] { emitSettings(includePackaging_); });
  return manufacturing_;
}

QWidget* AssumptionsPanel::buildConstraintsGroup()
{
  limits_ = new QGroupBox;
  limitsForm_ = new QFormLayout(limits_);
  maxLatency_ = new OptionalLimitEdit(0.01, 1e6, 50.0, 2, 1e3);   // shown in ms
  maxLatency_->setObjectName(QStringLiteral("maxLatency"));
  maxArea_ = new OptionalLimitEdit(0.01, 1e5, 50.0, 2, 1.0);
  maxArea_->setObjectName(QStringLiteral("maxArea"));
  maxTops_ = new OptionalLimitEdit(0.001, 1e5, 10.0, 3, 1.0);
  maxTops_->setObjectName(QStringLiteral("maxTops"));
  minAccuracy_ = new OptionalLimitEdit(0.0, 100.0, 40.0, 1, 100.0);   // shown in %
  minAccuracy_->setObjectName(QStringLiteral("minAccuracy"));
  maxCarbon_ = new OptionalLimitEdit(0.001, 1e7, 10.0, 3, 1.0);
  maxCarbon_->setObjectName(QStringLiteral("maxCarbon"));
  for (OptionalLimitEdit* e : {maxLatency_, maxArea_, maxTops_, minAccuracy_, maxCarbon_}) {
    limitsForm_->addRow(e);
    connect(e, &OptionalLimitEdit::limitChanged, this, [this, e] {
      recordEdit(e);
      emit constraintsChanged(constraints());
    });
  }
  return limits_;
}

void AssumptionsPanel::fillComboBoxes()
{
  const auto& tables = cdse::CarbonTables::instance();
  for (const auto& r : tables.grid_regions()) {
    // The value in the list itself, so regions can be compared without opening each tooltip.
    gridRegion_->addItem(
        QStringLiteral("%1 (%2 g/kWh)").arg(QString::fromStdString(r.name), QLocale().toString(r.g_per_kwh, 'g', 4)),
        QString::fromStdString(r.id));
    gridRegion_->setItemData(gridRegion_->count() - 1, presetTooltip(r), Qt::ToolTipRole);
  }
  gridRegion_->addItem(QString(), QString());   // "Custom", named in retranslateUi
  for (const auto& r : tables.fab_locations()) {
    fabLocation_->addItem(QString::fromStdString(r.name), QString::fromStdString(r.id));
    fabLocation_->setItemData(fabLocation_->count() - 1, presetTooltip(r), Qt::ToolTipRole);
  }
  for (const auto& r : tables.energy_sources()) {
    fabLocation_->addItem(QString(), QString::fromStdString(r.id));   // "Energy source: …", retranslated
    fabLocation_->setItemData(fabLocation_->count() - 1, presetTooltip(r), Qt::ToolTipRole);
  }
  node_->addItem(QString(), 0);   // the accelerator's own node
  for (const auto& n : tables.nodes())
    node_->addItem(QStringLiteral("%1 nm").arg(n.node_nm), n.node_nm);
  gasAbatement_->addItem(QStringLiteral("95 %"), 95);
  gasAbatement_->addItem(QStringLiteral("99 %"), 99);
  workloadUnit_->addItem(QString(), 1.0);
  workloadUnit_->addItem(QString(), 1.0 / k_seconds_per_hour);
  workloadUnit_->addItem(QString(), 1.0 / k_seconds_per_day);
}

void AssumptionsPanel::loadPresets()
{
  const QString language = QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
  // A malformed shipped preset file is a build defect; the panel still works without presets.
  try {
    presets_ = loadAssumptionPresets(QStringLiteral(":/presets/assumption_presets.json"), language);
  } catch (const std::exception& e) {
    qWarning("Assumption presets not loaded: %s", e.what());
    presets_.clear();
  }
  const QSignalBlocker block(preset_);
  preset_->clear();
  preset_->addItem(QString());   // "Choose a preset…", named in retranslateUi
  for (const auto& p : presets_) {
    preset_->addItem(p.name, p.id);
    preset_->setItemData(preset_->count() - 1, p.name + QLatin1Char('\n') + p.source, Qt::ToolTipRole);
  }
}

void AssumptionsPanel::retranslateUi()
{
  presetLabel_->setText(tr("Preset:"));
  preset_->setItemText(0, tr("Choose a whole-assumption preset…"));
  operation_->setTitle(tr("Use (operational carbon)"));
  manufacturing_->setTitle(tr("Manufacturing (embodied carbon, ACT model)"));
  limits_->setTitle(tr("Constraints"));
  gridRegion_->setItemText(gridRegion_->count() - 1, tr("Custom value"));
  setRowLabel(
      operationForm_, gridRegion_, tr("Grid region:"),
      tr("Carbon intensity of the electricity the deployed accelerator uses (resources/data/grid_regions.json)."));
  setRowLabel(
      operationForm_, gridIntensity_, tr("Grid intensity:"),
      tr("Operational carbon = energy per inference × inferences × grid intensity (+ leakage over the powered time)."));
  gridIntensity_->setSuffix(tr(" g/kWh"));
  setRowLabel(operationForm_, lifetime_, tr("Lifetime:"), tr("How long the hardware is deployed."));
  lifetime_->setSuffix(tr(" years"));
  setRowLabel(operationForm_, workload_, tr("Workload:"), tr("Inferences the deployment runs, in the unit below."));
  setRowLabel(operationForm_, workloadUnit_, tr("Per:"));
  workloadUnit_->setItemText(0, tr("inferences per second"));
  workloadUnit_->setItemText(1, tr("inferences per hour"));
  workloadUnit_->setItemText(2, tr("inferences per day"));
  setRowLabel(operationForm_, dutyCycle_, tr("Powered on:"),
              tr("Share of the lifetime the chip is powered and leaks static power (power gating lowers it)."));
  dutyCycle_->setSuffix(tr(" %"));
  setRowLabel(operationForm_, idlePower_, tr("Idle power:"),
              tr("Share of the leakage power drawn while powered but idle (power gating): 100 % is no gating; "
                 "the default 33 % is state-retaining supply gating (about 3× less leakage). Leakage counts in "
                 "full while the chip computes."));
  idlePower_->setSuffix(tr(" %"));
  includeStatic_->setText(tr("Count leakage (static) energy"));
  setRowLabel(manufacturingForm_, fabLocation_, tr("Fab:"),
              tr("Carbon intensity of the fab's electricity: a fab location or an energy source (ACT tables)."));
  const auto& sources = cdse::CarbonTables::instance().energy_sources();
  const int firstSource = fabLocation_->count() - static_cast<int>(sources.size());
  for (std::size_t i = 0; i < sources.size(); ++i)
    fabLocation_->setItemText(firstSource + static_cast<int>(i),
                              tr("Energy source: %1").arg(QString::fromStdString(sources[i].name)));
  setRowLabel(manufacturingForm_, node_, tr("Technology node:"),
              tr("Node for the ACT carbon-per-area (CPA) factors; the chip area stays the simulator's."));
  node_->setItemText(0, tr("The accelerator's own node"));
  setRowLabel(manufacturingForm_, gasAbatement_, tr("Gas abatement:"),
              tr("Share of fluorinated process gases destroyed before release (ACT GPA at 95 % or 99 %)."));
  setRowLabel(manufacturingForm_, yieldModel_, tr("Die yield:"),
              tr("Embodied carbon per good die = area × CPA / yield. From the die area: Murphy's model with the "
                 "node's defect density, so a larger die yields less. Constant: the yield below for every die."));
  yieldModel_->setItemText(0, tr("From the die area (Murphy)"));
  yieldModel_->setItemText(1, tr("Constant"));
  setRowLabel(manufacturingForm_, yield_, tr("Yield:"),
              tr("Fraction of good DRAM parts, and of good dies when the die yield is constant."));
  includePackaging_->setText(tr("Include packaging (ACT: 0.15 kg per IC)"));
  maxLatency_->setText(tr("Latency at most"));
  maxLatency_->setSuffix(tr(" ms"));
  maxArea_->setText(tr("Chip area at most"));
  maxArea_->setSuffix(tr(" mm²"));
  maxTops_->setText(tr("Peak TOPS at most"));
  minAccuracy_->setText(tr("Accuracy at least"));
  minAccuracy_->setSuffix(tr(" %"));
  maxCarbon_->setText(tr("Total carbon at most"));
  maxCarbon_->setSuffix(tr(" kg"));
  updateDerivedText();
}

void AssumptionsPanel::changeEvent(QEvent* event)
{
  if (event->type() == QEvent::LanguageChange) {
    loadPresets();   // preset names come from the data file, per language
    retranslateUi();
  }
  QWidget::changeEvent(event);
}

double AssumptionsPanel::workloadUnitPerSecond() const { return workloadUnit_->currentData().toDouble(); }

void AssumptionsPanel::setSettings(const cdse::CarbonSettings& settings)
{
  base_ = settings;
  showValues(settings);
  recorded_.carbon = settings;
  undo_->clear();
}

void AssumptionsPanel::showValues(const cdse::CarbonSettings& s)
{
  showing_ = true;
  const QSignalBlocker b1(gridRegion_), b2(fabLocation_), b3(node_), b4(gasAbatement_), b5(includeStatic_),
      b6(includePackaging_), b7(yieldModel_);
  const int region = gridRegion_->findData(QString::fromStdString(s.grid_region));
  gridRegion_->setCurrentIndex(region >= 0 && !s.grid_region.empty() ? region : gridRegion_->count() - 1);
  gridIntensity_->setValue(s.grid_intensity_g_per_kwh);
  lifetime_->setValue(s.lifetime_years);
  const double perUnit = workloadUnitPerSecond();
  workload_->setRange(k_min_inferences_per_second / perUnit, k_max_inferences_per_second / perUnit);
  workload_->setValue(s.inferences_per_second / perUnit);
  dutyCycle_->setValue(s.duty_cycle * 100.0);
  idlePower_->setValue(s.idle_power_fraction * 100.0);
  includeStatic_->setChecked(s.include_static);
  const int fab = fabLocation_->findData(QString::fromStdString(s.fab_location));
  fabLocation_->setCurrentIndex(std::max(fab, 0));
  node_->setCurrentIndex(std::max(node_->findData(s.node_nm), 0));
  gasAbatement_->setCurrentIndex(s.gas_abatement_pct == 99 ? 1 : 0);
  yieldModel_->setCurrentIndex(std::max(yieldModel_->findData(yieldModelId(s.yield_model)), 0));
  yield_->setValue(s.yield);
  includePackaging_->setChecked(s.include_packaging);
  showing_ = false;
  updateDerivedText();
}

cdse::CarbonSettings AssumptionsPanel::settings() const
{
  cdse::CarbonSettings s = base_;
  s.grid_region = gridRegion_->currentData().toString().toStdString();
  s.grid_intensity_g_per_kwh = gridIntensity_->value();
  s.lifetime_years = lifetime_->value();
  s.inferences_per_second = workload_->value() * workloadUnitPerSecond();
  s.duty_cycle = dutyCycle_->value() / 100.0;
  s.idle_power_fraction = idlePower_->value() / 100.0;
  s.include_static = includeStatic_->isChecked();
  s.fab_location = fabLocation_->currentData().toString().toStdString();
  s.fab_intensity_g_per_kwh = -1.0;
  s.node_nm = node_->currentData().toInt();
  s.gas_abatement_pct = gasAbatement_->currentData().toInt();
  s.yield = yield_->value();
  s.include_packaging = includePackaging_->isChecked();
  return s;
}

void AssumptionsPanel::setConstraints(const cdse::SearchConstraints& c)
{
  showConstraints(c);
  recorded_.constraints = c;
  undo_->clear();
}

void AssumptionsPanel::showConstraints(const cdse::SearchConstraints& c)
{
  maxLatency_->setLimit(c.max_latency_s);
  maxArea_->setLimit(c.max_area_mm2);
  maxTops_->setLimit(c.max_peak_tops);
  minAccuracy_->setLimit(c.min_accuracy);
  maxCarbon_->setLimit(c.max_total_carbon_kg);
}

cdse::SearchConstraints AssumptionsPanel::constraints() const
{
  cdse::SearchConstraints c;
  c.max_latency_s = maxLatency_->limit();
  c.max_area_mm2 = maxArea_->limit();
  c.max_peak_tops = maxTops_->limit();
  c.min_accuracy = minAccuracy_->limit();
  c.max_total_carbon_kg = maxCarbon_->limit();
  return c;
}

void AssumptionsPanel::applyPreset(int index)
{
  if (index < 0 || index >= presets_.size())
    return;
  base_ = presets_[index].applyTo(settings());
  showValues(base_);
  recordEdit(preset_, tr("Preset %1").arg(presets_[index].name));
  emit settingsChanged(base_);
}

void AssumptionsPanel::applySettings(const cdse::CarbonSettings& settings, const QString& editName)
{
  base_ = settings;
  showValues(base_);
  {
    const QSignalBlocker block(preset_);
    preset_->setCurrentIndex(0);
  }
  updateDerivedText();
  recordEdit(this, editName);
  emit settingsChanged(base_);
}

void AssumptionsPanel::emitSettings(QWidget* control)
{
  if (showing_)
    return;
  base_ = settings();
  {
    const QSignalBlocker block(preset_);
    preset_->setCurrentIndex(0);   // edited by hand: no longer exactly a preset
  }
  updateDerivedText();
  recordEdit(control);
  emit settingsChanged(base_);
}

void AssumptionsPanel::recordEdit(QWidget* control, const QString& name)
{
  const AssumptionState now{base_, constraints()};
  if (now == recorded_)
    return;
  const auto* slider = qobject_cast<const SliderSpinBox*>(control);
  undo_->push(new AssumptionEditCommand(this, recorded_, now, control, slider ? slider->dragId() : 0,
                                        name.isEmpty() ? controlName(control) : name));
  recorded_ = now;
}

void AssumptionsPanel::restoreState(const AssumptionState& state)
{
  const bool carbonChanged = !(state.carbon == base_);
  const bool limitsChanged = !(state.constraints == constraints());
  base_ = state.carbon;
  showValues(base_);
  showConstraints(state.constraints);
  recorded_ = state;
  {
    const QSignalBlocker block(preset_);
    preset_->setCurrentIndex(0);
  }
  if (carbonChanged)
    emit settingsChanged(base_);
  if (limitsChanged)
    emit constraintsChanged(state.constraints);
}

QString AssumptionsPanel::controlName(QWidget* control) const
{
  QString name;
  if (auto* check = qobject_cast<QCheckBox*>(control))
    name = check->text();
  else if (auto* limit = qobject_cast<OptionalLimitEdit*>(control))
    name = limit->checkBox()->text();
  for (QFormLayout* form : {operationForm_, manufacturingForm_})
    if (auto* label = form ? qobject_cast<QLabel*>(form->labelForField(control)) : nullptr)
      name = label->text();
  // "Lifetime:" names the step "Lifetime".
  while (name.endsWith(QLatin1Char(':')) || name.endsWith(QChar(0xFF1A)))
    name.chop(1);
  return name.remove(QLatin1Char('&'));
}

void AssumptionsPanel::updateDerivedText()
{
  const cdse::CarbonSettings s = settings();
  derived_->setText(tr("= %1 inferences over %2 years")
                        .arg(QLocale().toString(s.inferences_over_lifetime(), 'g', 3))
                        .arg(QLocale().toString(s.lifetime_years, 'g', 3)));
}
