#include "ui/plots/presentation_scope.h"

#include "ui/plots/plot_palette.h"

namespace {

QPen presentationPen(QPen pen)
{
  pen.setColor(plot_palette::presentation(pen.color()));
  if (pen.style() != Qt::NoPen)
    pen.setWidthF(std::max(pen.widthF(), 1.0) * PresentationScope::k_pen_factor);
  return pen;
}

QBrush presentationBrush(QBrush brush)
{
  if (brush.style() == Qt::SolidPattern)
    brush.setColor(plot_palette::presentation(brush.color()));
  return brush;
}

// The restyled value of a pen, brush or colour property; other types are left alone.
QVariant restyled(const QVariant& value)
{
  switch (value.metaType().id()) {
    case QMetaType::QPen: return presentationPen(value.value<QPen>());
    case QMetaType::QBrush: return presentationBrush(value.value<QBrush>());
    case QMetaType::QColor: return plot_palette::presentation(value.value<QColor>());
    default: return value;
  }
}

}   // namespace

PresentationScope::PresentationScope(QCustomPlot* plot)
{
  // Plottables and items by their properties ("pen", "brush", "color"), so that every kind the
  // plots use (graphs, bars, text, lines, tracers) is covered without a list of classes.
  for (int i = 0; i < plot->plottableCount(); ++i) {
    QCPAbstractPlottable* plottable = plot->plottable(i);
    restyleProperty(plottable, "pen");
    restyleProperty(plottable, "brush");
    if (auto* graph = qobject_cast<QCPGraph*>(plottable))
      restyleScatter(graph);
  }
  for (int i = 0; i < plot->itemCount(); ++i)
    for (const char* name : {"pen", "brush", "color"})
      restyleProperty(plot->item(i), name);
}

PresentationScope::~PresentationScope()
{
  for (auto it = restore_.rbegin(); it != restore_.rend(); ++it)
    (*it)();
}

void PresentationScope::restyleProperty(QObject* object, const char* name)
{
  const QVariant before = object->property(name);
  if (!before.isValid())
    return;
  const QVariant after = restyled(before);
  if (after == before)
    return;
  object->setProperty(name, after);
  restore_.push_back([object = QPointer<QObject>(object), name, before] {
    if (object)
      object->setProperty(name, before);
  });
}

void PresentationScope::restyleScatter(QCPGraph* graph)
{
  const QCPScatterStyle before = graph->scatterStyle();
  if (before.isNone() || before.shape() == QCPScatterStyle::ssPixmap)
    return;
  QCPScatterStyle after = before;
  after.setPen(presentationPen(before.pen()));
  after.setBrush(presentationBrush(before.brush()));
  graph->setScatterStyle(after);
  restore_.push_back([graph = QPointer<QCPGraph>(graph), before] {
    if (graph)
      graph->setScatterStyle(before);
  });
}
