#include "ui/details/details_panel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStringList>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <exception>

#include "core/carbon/carbon_scorer.h"
#include "ui/details/carbon_bar.h"
#include "ui/details/details_tables.h"
#include "ui/widgets/carbon_equivalents_text.h"
#include "core/search/archive/search_constraints.h"

namespace {

QTableWidget* makeTable(const char* objectName, QWidget* parent)
{
  auto* table = new QTableWidget(parent);
  table->setObjectName(QString::fromLatin1(objectName));
  table->verticalHeader()->setVisible(false);
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->setSelectionBehavior(QAbstractItemView::SelectRows);
  table->setAlternatingRowColors(true);
  table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
  return table;
}

QWidget* page(QWidget* parent, std::initializer_list<QWidget*> widgets)
{
  auto* w = new QWidget(parent);
  auto* layout = new QVBoxLayout(w);
  layout->setContentsMargins(4, 4, 4, 4);
  for (QWidget* child : widgets)
    layout->addWidget(child);
  return w;
}

QLabel* noteLabel(const char* objectName, QWidget* parent)
{
  auto* label = new QLabel(parent);
  label->setObjectName(QString::fromLatin1(objectName));
  label->setWordWrap(true);
  label->setTextInteractionFlags(Qt::TextSelectableByMouse);
  return label;
}

}   // namespace

DetailsPanel::DetailsPanel(QWidget* parent) : QWidget(parent)
{
  setObjectName(QStringLiteral("detailsPanel"));
  title_ = noteLabel("detailsTitle", this);
  QFont titleFont = title_->font();
  titleFont.setBold(true);
  title_->setFont(titleFont);
  status_ = noteLabel("detailsStatus", this);

  tabs_ = new QTabWidget(this);
  tabs_->setObjectName(QStringLiteral("detailsTabs"));
  summaryTable_ = makeTable("summaryTable", this);
  carbonBar_ = new CarbonBar(this);
  equivalents_ = noteLabel("equivalentsNote", this);
  designTable_ = makeTable("designTable", this);
  areaTable_ = makeTable("areaTable", this);
  energyTable_ = makeTable("energyTable", this);
  latencyNote_ = noteLabel("latencyNote", this);
  latencyTable_ = makeTable("latencyTable", this);
  carbonNote_ = noteLabel("carbonNote", this);
  carbonTable_ = makeTable("carbonTable", this);

  tabs_->addTab(page(tabs_, {carbonBar_, equivalents_, summaryTable_}), QString());
  tabs_->addTab(page(tabs_, {designTable_}), QString());
  tabs_->addTab(page(tabs_, {areaTable_}), QString());
  tabs_->addTab(page(tabs_, {energyTable_}), QString());
  tabs_->addTab(page(tabs_, {latencyNote_, latencyTable_}), QString());
  tabs_->addTab(page(tabs_, {carbonNote_, carbonTable_}), QString());

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(title_);
  layout->addWidget(status_);
  layout->addWidget(tabs_, 1);
  retranslate();
}

void DetailsPanel::showDesign(const std::optional<SelectedDesign>& design)
{
  shown_ = design;
  carbonRescored_ = false;
  rescoreError_.clear();
  if (shown_ && settings_ && shown_->evaluated && shown_->settings != *settings_)
    setCarbonSettings(*settings_);   // scored under older assumptions: re-score (and render)
  else
    render();
}

void DetailsPanel::setCarbonSettings(const cdse::CarbonSettings& settings)
{
  settings_ = settings;
  if (!shown_ || !shown_->evaluated || shown_->settings == settings)
    return;
  try {
    shown_->carbon = cdse::CarbonScorer(settings).score(shown_->invariants);
    shown_->settings = settings;
    carbonRescored_ = true;
    rescoreError_.clear();
  } catch (const std::exception& e) {
    rescoreError_ = QString::fromUtf8(e.what());
  }
  render();
}

void DetailsPanel::setShowEquivalents(bool show)
{
  showEquivalents_ = show;
  render();
}

void DetailsPanel::changeEvent(QEvent* event)
{
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

void DetailsPanel::retranslate()
{
  tabs_->setTabText(0, tr("Summary"));
  tabs_->setTabText(1, tr("Design"));
  tabs_->setTabText(2, tr("Area"));
  tabs_->setTabText(3, tr("Energy"));
  tabs_->setTabText(4, tr("Latency"));
  tabs_->setTabText(5, tr("Carbon"));
  tabs_->setTabToolTip(4, tr("Per-operator latency, re-simulated for this design only"));
  render();
}

QString DetailsPanel::statusText() const
{
  if (!shown_->evaluated)
    return tr("Not evaluated: %1").arg(shown_->error);
  QStringList parts;
  const auto& f = shown_->feasibility;
  if (f.feasible) {
    parts << tr("Feasible");
  } else {
    using C = cdse::SearchConstraints;
    QStringList limits;
    if (f.violated & C::MaxLatency)
      limits << tr("latency limit");
    if (f.violated & C::MaxArea)
      limits << tr("area limit");
    if (f.violated & C::MaxPeakTops)
      limits << tr("peak TOPS limit");
    if (f.violated & C::MinAccuracy)
      limits << tr("accuracy floor");
    if (f.violated & C::MaxTotalCarbon)
      limits << tr("total carbon limit");
    if (f.violated & C::MaxEnergyPerInference)
      limits << tr("energy per inference limit");
    if (f.violated & C::AccuracyUnavailable)
      limits << tr("no accuracy estimate");
    if (f.violated & C::EvaluationFailed)
      limits << tr("evaluation failed");
    parts << tr("Infeasible, violates: %1").arg(limits.join(QStringLiteral(", ")));
  }
  parts << (shown_->on_front ? tr("on the Pareto front") : tr("not on the Pareto front"));
  return parts.join(QStringLiteral("; "));
}

void DetailsPanel::clearTables()
{
  for (QTableWidget* t : {summaryTable_, designTable_, areaTable_, energyTable_, latencyTable_, carbonTable_}) {
    t->clear();
    t->setRowCount(0);
    t->setColumnCount(0);
  }
  carbonBar_->clear();
  equivalents_->clear();
  latencyNote_->clear();
  carbonNote_->clear();
}

void DetailsPanel::updateOpLatencies()
{
  if (simulated_ && *simulated_ == shown_->design)
    return;
  simulated_ = shown_->design;
  ops_ = {};
  opsError_.clear();
  try {
    ops_ = simulateOpLatencies(shown_->design);
  } catch (const std::exception& e) {
    opsError_ = QString::fromUtf8(e.what());
  }
}

void DetailsPanel::render()
{
  renderContent();
  for (QLabel* note : {latencyNote_, carbonNote_, equivalents_})
    note->setVisible(!note->text().isEmpty());
}

void DetailsPanel::renderContent()
{
  clearTables();
  if (!shown_) {
    title_->setText(tr("Click a design in a plot to see its details."));
    status_->hide();
    tabs_->hide();
    return;
  }
  title_->setText(shown_->label);
  status_->setText(statusText());
  status_->show();
  tabs_->show();
  fillTable(designTable_, designTable(shown_->design));
  if (!shown_->evaluated) {
    latencyNote_->setText(tr("The simulator refused this design, so there is nothing to break down."));
    return;
  }
  const auto& inv = shown_->invariants;
  fillTable(summaryTable_, summaryTable(inv, shown_->carbon));
  carbonBar_->setCarbon(shown_->carbon);
  if (showEquivalents_) {
    equivalents_->setText(carbonEquivalentsText(shown_->carbon.total_kg));
    equivalents_->setToolTip(carbonEquivalentsSources());
  }
  fillTable(areaTable_, areaTable(inv, shown_->design.accel));
  fillTable(energyTable_, energyTable(inv, shown_->design.accel));
  fillTable(carbonTable_, carbonTable(shown_->carbon, shown_->settings, inv));
  if (!rescoreError_.isEmpty())
    carbonNote_->setText(
        tr("The new assumptions could not be scored (%1); these numbers use the previous ones.").arg(rescoreError_));
  else if (carbonRescored_)
    carbonNote_->setText(tr("Re-scored under the new assumptions; feasibility and front membership follow when the "
                            "explorer re-scores its designs."));

  updateOpLatencies();
  if (!opsError_.isEmpty()) {
    latencyNote_->setText(tr("Re-simulation failed: %1").arg(opsError_));
    return;
  }
  fillTable(latencyTable_, latencyTable(ops_));
  const QLocale l;
  QString note = tr("Re-simulated with per-operator detail on the serial schedule the search uses (tensor and "
                    "vector work do not overlap): %n operators, longest first; their latencies add up to "
                    "%1 ms.",
                    nullptr, static_cast<int>(ops_.rows.size()))
                     .arg(l.toString(ops_.sum_latency_s * 1e3, 'f', 4));
  if (inv.latency_s > 0 && std::abs(ops_.sum_latency_s - inv.latency_s) > 1e-3 * inv.latency_s)
    note += QLatin1Char(' ') + tr("The stored latency is %1 ms: this design was evaluated with other simulator "
                                  "options (e.g. tensor/vector overlap), so the rows overlap in time.")
                                   .arg(l.toString(inv.latency_s * 1e3, 'f', 4));
  latencyNote_->setText(note);
}
