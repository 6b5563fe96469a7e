#include "ui/plots/vector_export_scope.h"

#include "ui/plots/faint_points_layer.h"
#include "ui/plots/vector_colour_bar.h"

namespace {

// A disc standing in for a pixmap symbol: the colour at its centre, its width.
QCPScatterStyle discLike(const QCPScatterStyle& style)
{
  const QImage image = style.pixmap().toImage();
  const QColor colour = image.isNull() ? QColor(Qt::gray) : image.pixelColor(image.width() / 2, image.height() / 2);
  return QCPScatterStyle(QCPScatterStyle::ssDisc, QPen(Qt::NoPen), QBrush(colour), std::max(image.width(), 2));
}

}   // namespace

VectorExportScope::VectorExportScope(QCustomPlot* plot, bool vector) : plot_(plot)
{
  for (int i = 0; i < plot->layerCount(); ++i)
    for (QCPLayerable* child : plot->layer(i)->children())
      if (auto* faint = qobject_cast<FaintPointsLayer*>(child)) {
        faint->setVectorMarks(true);
        restore_.push_back([faint = QPointer<FaintPointsLayer>(faint)] {
          if (faint)
            faint->setVectorMarks(false);
        });
      }
  if (!vector)
    return;
  for (QCPLayoutElement* element : plot->plotLayout()->elements(true))
    if (auto* scale = qobject_cast<QCPColorScale*>(element))
      replaceColourScale(scale);
  replacePixmapScatters();
}

VectorExportScope::~VectorExportScope()
{
  for (auto it = restore_.rbegin(); it != restore_.rend(); ++it)
    (*it)();
  if (plot_)
    plot_->replot(QCustomPlot::rpQueuedReplot);   // the export laid the plot out at its own size
}

void VectorExportScope::replaceColourScale(QCPColorScale* scale)
{
  if (!scale->axis())
    return;
  // The bar's image is drawn by the scale's inner axis rect; its axes are other layerables, so
  // taking the rect off its layer removes the image and keeps the axis. The stand-in goes on the
  // lowest layer: drawn before the scale's axis, like the image.
  QCPLayerable* inner = scale->axis()->axisRect();
  QPointer<QCPLayer> layer = inner->layer();
  if (!layer)
    return;
  // The children after the rect, to put them back behind it in the same order on restore.
  QList<QPointer<QCPLayerable>> after;
  const QList<QCPLayerable*> children = layer->children();
  for (qsizetype i = children.indexOf(inner) + 1; i < children.size(); ++i)
    after.append(children[i]);
  inner->setLayer(static_cast<QCPLayer*>(nullptr));
  auto* bar = new VectorColourBar(scale);
  bar->setLayer(plot_->layer(0));
  restore_.push_back([inner = QPointer<QCPLayerable>(inner), layer, after, bar = QPointer<VectorColourBar>(bar)] {
    delete bar.data();
    if (!inner || !layer)
      return;
    inner->setLayer(layer);
    for (const auto& child : after)
      if (child && child->layer() == layer)
        child->setLayer(layer.data());   // moves it to the end: the original order again
  });
}

void VectorExportScope::replacePixmapScatters()
{
  for (int i = 0; i < plot_->graphCount(); ++i) {
    QCPGraph* graph = plot_->graph(i);
    const QCPScatterStyle style = graph->scatterStyle();
    if (style.shape() != QCPScatterStyle::ssPixmap)
      continue;
    graph->setScatterStyle(discLike(style));
    restore_.push_back([graph = QPointer<QCPGraph>(graph), style] {
      if (graph)
        graph->setScatterStyle(style);
    });
  }
}
