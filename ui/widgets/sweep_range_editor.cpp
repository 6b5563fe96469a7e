#include "ui/widgets/sweep_range_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

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
    case cdse::SweepParameter::FabLocation:
    case cdse::SweepParameter::TechnologyNode: break;   // categories, no range
  }
  return {0, 1, 0, 1, 2, false};
}

}   // namespace

SweepRangeEditor::SweepRangeEditor(Rows rows, Parameters parameters, QWidget* parent) : QWidget(parent), rows_(rows)
{
  title_ = new QLabel;
  parameter_ = new QComboBox;
  for (const auto& info : cdse::sweep_parameters())
    if (parameters == Parameters::All || !info.categorical)
      parameter_->addItem(QString(), static_cast<int>(info.parameter));
  fromLabel_ = new QLabel;
  from_ = new QDoubleSpinBox;
  to_ = new QDoubleSpinBox;
  log_ = new QCheckBox;
  for (QDoubleSpinBox* box : {from_, to_})
    box->setMinimumWidth(60);
  auto* dash = new QLabel(QStringLiteral("–"));
  categories_ = new QToolButton;
  categories_->setPopupMode(QToolButton::InstantPopup);
  categories_->setToolButtonStyle(Qt::ToolButtonTextOnly);
  categoryMenu_ = new QMenu(categories_);
  categories_->setMenu(categoryMenu_);
  categories_->hide();

  auto* parameterRow = new QHBoxLayout;
  parameterRow->setContentsMargins(0, 0, 0, 0);
  parameterRow->addWidget(title_);
  parameterRow->addWidget(parameter_, 1);
  auto* rangeRow = rows == Rows::Two ? new QHBoxLayout : parameterRow;
  rangeRow->setContentsMargins(0, 0, 0, 0);
  rangeRow->addWidget(fromLabel_);
  rangeRow->addWidget(from_, 1);
  rangeRow->addWidget(dash);
  rangeRow->addWidget(to_, 1);
  rangeRow->addWidget(log_);
  rangeRow->addWidget(categories_, 1);
  rangeWidgets_[0] = from_;
  rangeWidgets_[1] = dash;
  rangeWidgets_[2] = to_;
  rangeWidgets_[3] = log_;
  if (rows == Rows::Two) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(parameterRow);
    layout->addLayout(rangeRow);
  } else {
    setLayout(parameterRow);
  }

  connect(parameter_, &QComboBox::currentIndexChanged, this,
          [this] { setParameter(static_cast<cdse::SweepParameter>(parameter_->currentData().toInt())); });
  for (QDoubleSpinBox* box : {from_, to_})
    connect(box, &QDoubleSpinBox::valueChanged, this, &SweepRangeEditor::changed);
  connect(log_, &QCheckBox::toggled, this, &SweepRangeEditor::changed);
  retranslateUi();
  setParameter(cdse::SweepParameter::GridIntensity);
}

void SweepRangeEditor::setTitle(const QString& title) { title_->setText(title); }

void SweepRangeEditor::setParameter(cdse::SweepParameter parameter)
{
  const RangeDefaults d = defaults_for(parameter);
  const bool categorical = cdse::sweep_parameter_info(parameter).categorical;
  for (QWidget* w : rangeWidgets_)
    w->setVisible(!categorical);
  fromLabel_->setVisible(!categorical && rows_ == Rows::Two);   // one row is short of room for it
  categories_->setVisible(categorical);
  {
    const QSignalBlocker b1(parameter_), b2(from_), b3(to_), b4(log_);
    parameter_->setCurrentIndex(parameter_->findData(static_cast<int>(parameter)));
    rebuildCategories();
    for (QDoubleSpinBox* box : {from_, to_}) {
      box->setDecimals(d.decimals);
      box->setRange(d.min, d.max);
    }
    from_->setValue(d.from);
    to_->setValue(d.to);
    log_->setChecked(d.log);
  }
  emit changed();
}

cdse::SweepParameter SweepRangeEditor::parameter() const
{
  return static_cast<cdse::SweepParameter>(parameter_->currentData().toInt());
}

void SweepRangeEditor::setRange(double from, double to, bool logScale)
{
  {
    const QSignalBlocker b2(from_), b3(to_), b4(log_);
    from_->setValue(from);
    to_->setValue(to);
    log_->setChecked(logScale);
  }
  emit changed();
}

void SweepRangeEditor::setCategories(const std::vector<std::string>& ids)
{
  for (QAction* a : categoryMenu_->actions()) {
    const QSignalBlocker block(a);
    const std::string id = a->data().toString().toStdString();
    a->setChecked(ids.empty() || std::find(ids.begin(), ids.end(), id) != ids.end());
  }
  updateCategoryButton();
  emit changed();
}

void SweepRangeEditor::rebuildCategories()
{
  categoryMenu_->clear();
  for (const auto& c : cdse::sweep_categories(parameter())) {
    QAction* a = categoryMenu_->addAction(QString::fromStdString(c.name));
    a->setData(QString::fromStdString(c.id));
    a->setCheckable(true);
    a->setChecked(true);
    connect(a, &QAction::toggled, this, [this, a](bool on) {
      // At least one category stays checked: an empty comparison says nothing.
      const auto actions = categoryMenu_->actions();
      if (!on && std::none_of(actions.begin(), actions.end(), [](QAction* x) { return x->isChecked(); })) {
        const QSignalBlocker block(a);
        a->setChecked(true);
        return;
      }
      updateCategoryButton();
      emit changed();
    });
  }
  updateCategoryButton();
}

void SweepRangeEditor::updateCategoryButton()
{
  const auto actions = categoryMenu_->actions();
  const auto checked = std::count_if(actions.begin(), actions.end(), [](QAction* a) { return a->isChecked(); });
  categories_->setText(checked == actions.size() ? tr("All %n categories", nullptr, int(checked))
                                                 : tr("%1 of %2 categories").arg(checked).arg(actions.size()));
}

cdse::SweepRange SweepRangeEditor::range(int steps) const
{
  cdse::SweepRange r;
  r.parameter = parameter();
  r.from = from_->value();
  r.to = to_->value();
  r.steps = steps;
  r.log_scale = log_->isChecked();
  const auto actions = categoryMenu_->actions();
  if (std::any_of(actions.begin(), actions.end(), [](QAction* a) { return !a->isChecked(); }))
    for (QAction* a : actions)
      if (a->isChecked())
        r.categories.push_back(a->data().toString().toStdString());
  return r;
}

QString SweepRangeEditor::axisLabel(cdse::SweepParameter parameter)
{
  static const char* const names[] = {
      QT_TR_NOOP("Grid carbon intensity (g CO₂e/kWh)"),
      QT_TR_NOOP("Lifetime (years)"),
      QT_TR_NOOP("Inference rate (1/s)"),
      QT_TR_NOOP("Duty cycle (fraction powered)"),
      QT_TR_NOOP("Fab location"),
      QT_TR_NOOP("Technology node"),
  };
  return tr(names[static_cast<int>(parameter)]);
}

void SweepRangeEditor::changeEvent(QEvent* event)
{
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void SweepRangeEditor::retranslateUi()
{
  static const char* const names[] = {
      QT_TR_NOOP("Grid carbon intensity"), QT_TR_NOOP("Lifetime"),
      QT_TR_NOOP("Inference rate"),        QT_TR_NOOP("Duty cycle"),
      QT_TR_NOOP("Fab location"),          QT_TR_NOOP("Technology node"),
  };
  for (int i = 0; i < parameter_->count(); ++i)
    parameter_->setItemText(i, tr(names[parameter_->itemData(i).toInt()]));
  fromLabel_->setText(tr("from"));
  log_->setText(tr("Log scale"));
  log_->setToolTip(tr("Space the values geometrically (grid intensities and rates span orders of magnitude)."));
  categories_->setToolTip(tr("The categories to compare, each with every other assumption as set."));
  updateCategoryButton();
  parameter_->setToolTip(tr("The assumption to vary; the others stay as set in the Assumptions panel."));
}
