#include "ui/ab/ab_panel.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

#include "ui/widgets/carbon_delta_text.h"
#include "ui/widgets/carbon_equivalents_text.h"
#include "ui/widgets/elided_label.h"
#include "ui/widgets/settings_summary.h"

namespace {

using carbon_delta_text::kg;
using carbon_delta_text::signedKg;
using carbon_delta_text::signedPercent;

QTableWidgetItem* cell(const QString& text, bool number = true)
{
  auto* item = new QTableWidgetItem(text);
  item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
  if (number)
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  return item;
}

QToolButton* button(QWidget* parent)
{
  auto* b = new QToolButton(parent);
  b->setToolButtonStyle(Qt::ToolButtonTextOnly);
  return b;
}

}   // namespace

AbPanel::AbPanel(QWidget* parent) : QWidget(parent)
{
  setObjectName(QStringLiteral("abPanel"));
  aName_ = new QLabel(QStringLiteral("A"), this);
  bName_ = new QLabel(QStringLiteral("B"), this);
  for (QLabel* name : {aName_, bName_}) {
    QFont f = name->font();
    f.setBold(true);
    name->setFont(f);
  }
  aSummary_ = new ElidedLabel(this);
  bSummary_ = new ElidedLabel(this);
  takeA_ = button(this);
  takeB_ = button(this);
  applyA_ = button(this);
  applyB_ = button(this);
  swap_ = button(this);
  copy_ = button(this);
  exportFigure_ = button(this);
  exportFigure_->setObjectName(QStringLiteral("abExportFigure"));
  differences_ = new QLabel(this);
  differences_->setWordWrap(true);
  summary_ = new QLabel(this);
  summary_->setObjectName(QStringLiteral("abSummary"));
  summary_->setWordWrap(true);
  summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  table_ = new QTableWidget(this);
  table_->setObjectName(QStringLiteral("abTable"));
  table_->setColumnCount(5);
  table_->verticalHeader()->hide();
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  caption_ = new QLabel(this);
  caption_->setWordWrap(true);

  // Narrow column (~370 px at 1366 × 768): a set per row, its summary elided, whole in the tooltip.
  auto* sets = new QGridLayout;
  sets->addWidget(aName_, 0, 0);
  sets->addWidget(aSummary_, 0, 1);
  sets->addWidget(takeA_, 0, 2);
  sets->addWidget(applyA_, 0, 3);
  sets->addWidget(bName_, 1, 0);
  sets->addWidget(bSummary_, 1, 1);
  sets->addWidget(takeB_, 1, 2);
  sets->addWidget(applyB_, 1, 3);
  sets->setColumnStretch(1, 1);
  auto* actions = new QHBoxLayout;
  actions->addWidget(swap_);
  actions->addWidget(copy_);
  actions->addStretch(1);
  actions->addWidget(exportFigure_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addLayout(sets);
  layout->addLayout(actions);
  layout->addWidget(differences_);
  layout->addWidget(summary_);
  layout->addWidget(table_, 1);
  layout->addWidget(caption_);

  debounce_ = new QTimer(this);
  debounce_->setSingleShot(true);
  debounce_->setInterval(60);
  connect(debounce_, &QTimer::timeout, this, [this] {
    if (isVisible())
      compareNow();
  });
  connect(takeA_, &QToolButton::clicked, this, &AbPanel::takeSlidersAsA);
  connect(takeB_, &QToolButton::clicked, this, &AbPanel::takeSlidersAsB);
  connect(applyA_, &QToolButton::clicked, this, [this] { emit applyToSliders(a_, tr("Show A in the sliders")); });
  connect(applyB_, &QToolButton::clicked, this, [this] { emit applyToSliders(b_, tr("Show B in the sliders")); });
  connect(swap_, &QToolButton::clicked, this, &AbPanel::swapSets);
  connect(copy_, &QToolButton::clicked, this, &AbPanel::copyAToB);
  connect(exportFigure_, &QToolButton::clicked, this, &AbPanel::exportFigureRequested);
  retranslateUi();
}

void AbPanel::setDesigns(const std::vector<SelectedDesign>& designs)
{
  designs_.clear();
  for (const auto& d : designs)
    if (d.evaluated)
      designs_.push_back(d);
  requestCompare();
}

void AbPanel::setSliderSettings(const cdse::CarbonSettings& settings)
{
  if (!sliders_)
    a_ = b_ = settings;
  sliders_ = settings;
  render();   // the buttons' state; the comparison does not depend on the sliders
}

void AbPanel::setCandidates(std::shared_ptr<const cdse::SweepCandidates> candidates, const QString& source,
                            std::function<QString(std::size_t)> labelOf)
{
  candidates_ = std::move(candidates);
  candidateSource_ = source;
  labelOf_ = std::move(labelOf);
  requestCompare();
}

void AbPanel::setSets(cdse::CarbonSettings a, cdse::CarbonSettings b)
{
  a_ = std::move(a);
  b_ = std::move(b);
  requestCompare();
}

void AbPanel::setShowEquivalents(bool show)
{
  showEquivalents_ = show;
  render();
}

void AbPanel::takeSlidersAsA()
{
  if (sliders_)
    setSets(*sliders_, b_);
}

void AbPanel::takeSlidersAsB()
{
  if (sliders_)
    setSets(a_, *sliders_);
}

void AbPanel::swapSets() { setSets(b_, a_); }

void AbPanel::copyAToB() { setSets(a_, a_); }

void AbPanel::requestCompare()
{
  shown_.reset();   // stale until recomputed: tests and the report never read an old answer
  debounce_->start();
}

void AbPanel::showEvent(QShowEvent* event)
{
  QWidget::showEvent(event);
  if (!shown_)
    debounce_->start();
}

void AbPanel::compareNow()
{
  debounce_->stop();
  std::vector<cdse::DesignInvariants> designs;
  for (const auto& d : designs_)
    designs.push_back(d.invariants);
  shown_ = cdse::compare_assumptions(a_, b_, designs, candidates_.get());
  render();
  emit comparisonShown();
}

QString AbPanel::optimumLabel(const cdse::OptimumUnderSet& optimum) const
{
  return optimum.index && labelOf_ ? labelOf_(*optimum.index) : QString();
}

QStringList AbPanel::rowLabels() const
{
  QStringList labels;
  for (const auto& d : designs_)
    labels << d.label;
  if (shown_ && shown_->optimal_a.index)
    labels << tr("A's optimum, %1").arg(optimumLabel(shown_->optimal_a));
  if (shown_ && shown_->optimal_b.index)
    labels << tr("B's optimum, %1").arg(optimumLabel(shown_->optimal_b));
  return labels;
}

QString AbPanel::equivalentsText() const
{
  if (!showEquivalents_ || !shown_ || !candidates_ || !shown_->optimal_a.index || !shown_->optimal_b.index ||
      *shown_->optimal_a.index == *shown_->optimal_b.index)
    return {};
  const double saving = shown_->switch_saving_kg().value_or(0);
  return saving > 0 ? tr("The saving is %1.").arg(carbonEquivalentsText(saving)) : QString();
}

QString AbPanel::tableNote() const { return caption_->text(); }

QString AbPanel::summaryText(bool withEquivalents) const
{
  if (!shown_)
    return {};
  const cdse::AssumptionComparison& c = *shown_;
  if (!candidates_)
    return tr("No candidates for the optimum yet: run a search, or pin designs to compare them.");
  if (!c.optimal_a.index || !c.optimal_b.index)
    return !c.optimal_a.index ? tr("No candidate meets the limits under A.")
                              : tr("No candidate meets the limits under B.");
  QString text;
  const QString a = optimumLabel(c.optimal_a), b = optimumLabel(c.optimal_b);
  if (*c.optimal_a.index == *c.optimal_b.index) {
    text = tr("%1 is the carbon-optimal design under A and under B: switching saves nothing. It emits %2 kg CO₂e "
              "under A and %3 kg under B.")
               .arg(a, kg(c.optimal_a.under_a.total_kg), kg(c.optimal_b.under_b.total_kg));
  } else {
    const double saving = c.switch_saving_kg().value_or(0);
    text = tr("Under B, switching from %1 (A's optimum) to %2 (B's optimum) saves %3 kg CO₂e (%4 %). "
              "A's optimum emits %5 kg under A; B's emits %6 kg under B.")
               .arg(a, b, kg(saving), QLocale().toString(100 * c.switch_saving_fraction().value_or(0), 'f', 1),
                    kg(c.optimal_a.under_a.total_kg), kg(c.optimal_b.under_b.total_kg));
    if (!c.optimal_a.feasible_under_other)
      text += QLatin1Char(' ') + tr("A's optimum does not meet the limits under B.");
    if (const QString equivalents = equivalentsText(); withEquivalents && !equivalents.isEmpty())
      text += QLatin1Char(' ') + equivalents;
  }
  return text;
}

void AbPanel::render()
{
  aSummary_->setText(settingsSummary(a_));
  bSummary_->setText(settingsSummary(b_));
  const bool haveSliders = sliders_.has_value();
  takeA_->setEnabled(haveSliders && !(*sliders_ == a_));
  takeB_->setEnabled(haveSliders && !(*sliders_ == b_));
  applyA_->setEnabled(haveSliders && !(*sliders_ == a_));
  applyB_->setEnabled(haveSliders && !(*sliders_ == b_));
  const QStringList diff = settingsDifferences(a_, b_);
  differences_->setText(diff.isEmpty() ? tr("A and B are the same. Set the sliders to other assumptions and press "
                                            "\"B ← Sliders\", or pick a preset.")
                                       : tr("B differs in: %1").arg(diff.join(QStringLiteral(" · "))));

  table_->setRowCount(0);
  exportFigure_->setEnabled(false);   // until there is a table to draw
  summary_->setText(summaryText());
  summary_->setToolTip(showEquivalents_ ? carbonEquivalentsSources() : QString());
  if (!shown_)
    return;
  const cdse::AssumptionComparison& c = *shown_;
  const QStringList labels = rowLabels();
  table_->setRowCount(static_cast<int>(labels.size()));
  const auto fill = [&](int row, const cdse::CarbonBreakdown& a, const cdse::CarbonBreakdown& b, bool scorable) {
    table_->setItem(row, 0, cell(labels[row], false));
    table_->item(row, 0)->setToolTip(labels[row]);
    if (!scorable) {
      table_->setItem(row, 1, cell(tr("cannot be scored"), false));
      return;
    }
    table_->setItem(row, 1, cell(kg(a.total_kg)));
    table_->setItem(row, 2, cell(kg(b.total_kg)));
    table_->setItem(row, 3, cell(signedKg(b.total_kg - a.total_kg)));
    table_->setItem(row, 4, cell(a.total_kg > 0 ? signedPercent((b.total_kg - a.total_kg) / a.total_kg) : QString()));
    for (int col = 1; col < 5; ++col)
      table_->item(row, col)->setToolTip(
          tr("Embodied %1 → %2 kg, operational %3 → %4 kg CO₂e")
              .arg(kg(a.embodied_kg), kg(b.embodied_kg), kg(a.operational_kg), kg(b.operational_kg)));
  };
  int row = 0;
  for (const auto& d : c.designs) {
    fill(row, d.a, d.b, d.scorable);
    ++row;
  }
  QFont bold = table_->font();
  bold.setBold(true);
  for (const cdse::OptimumUnderSet* o : {&c.optimal_a, &c.optimal_b})
    if (o->index) {
      fill(row, o->under_a, o->under_b, true);
      table_->item(row, 0)->setFont(bold);
      ++row;
    }
  caption_->setText(
      candidates_ ? tr("Totals over the lifetime, kg CO₂e. Optimum among %1, within the limits.").arg(candidateSource_)
                  : tr("Totals over the lifetime, kg CO₂e."));
  exportFigure_->setEnabled(table_->rowCount() > 0);
}

void AbPanel::changeEvent(QEvent* event)
{
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void AbPanel::retranslateUi()
{
  takeA_->setText(tr("A ← Sliders"));
  takeB_->setText(tr("B ← Sliders"));
  takeA_->setToolTip(tr("Make the assumptions now set in the Assumptions panel set A."));
  takeB_->setToolTip(tr("Make the assumptions now set in the Assumptions panel set B."));
  applyA_->setText(tr("Show"));
  applyB_->setText(tr("Show"));
  applyA_->setToolTip(tr("Set the sliders to A's assumptions (undoable), to edit them or to see the fronts under A."));
  applyB_->setToolTip(tr("Set the sliders to B's assumptions (undoable), to edit them or to see the fronts under B."));
  swap_->setText(tr("Swap A ⇄ B"));
  copy_->setText(tr("Copy A → B"));
  exportFigure_->setText(tr("Export Figure…"));
  exportFigure_->setToolTip(tr("Save this comparison as a slide or paper figure (PNG, SVG or PDF)."));
  table_->setHorizontalHeaderLabels({tr("Design"), tr("A, kg"), tr("B, kg"), tr("Δ kg"), tr("Δ %")});
  table_->horizontalHeaderItem(3)->setToolTip(tr("B − A, kg CO₂e"));
  table_->horizontalHeaderItem(4)->setToolTip(tr("(B − A) / A"));
  render();
}
