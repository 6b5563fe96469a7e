#include "ui/regime/regime_cells_layer.h"

#include <cmath>

RegimeCellsLayer::RegimeCellsLayer(QCustomPlot* plot, QCPAxis* xAxis, QCPAxis* yAxis)
    // Under the grid lines, over the axis rect's background.
    : QCPLayerable(plot, QStringLiteral("background")), xAxis_(xAxis), yAxis_(yAxis)
{}

QRect RegimeCellsLayer::clipRect() const { return xAxis_->axisRect()->rect(); }

std::vector<double> RegimeCellsLayer::edges(const std::vector<double>& values, bool log)
{
  std::vector<double> out;
  if (values.empty())
    return out;
  out.push_back(values.front());
  for (std::size_t i = 1; i < values.size(); ++i)
    out.push_back(log ? std::sqrt(values[i - 1] * values[i]) : (values[i - 1] + values[i]) / 2);
  out.push_back(values.back());
  return out;
}

void RegimeCellsLayer::setCells(std::vector<double> xValues, bool xLog, std::vector<double> yValues, bool yLog,
                                std::vector<QRgb> colours)
{
  xEdges_ = edges(xValues, xLog);
  yEdges_ = edges(yValues, yLog);
  colours_ = std::move(colours);
  if (colours_.size() != xValues.size() * yValues.size())
    clear();
}

void RegimeCellsLayer::clear()
{
  xEdges_.clear();
  yEdges_.clear();
  colours_.clear();
}

std::size_t RegimeCellsLayer::rectangleCount() const
{
  if (xEdges_.size() < 2)
    return 0;
  const std::size_t nx = xEdges_.size() - 1;
  std::size_t count = 0;
  for (std::size_t i = 0; i < colours_.size(); ++i)
    if (qAlpha(colours_[i]) != 0 && (i % nx == 0 || colours_[i - 1] != colours_[i]))
      ++count;
  return count;
}

void RegimeCellsLayer::applyDefaultAntialiasingHint(QCPPainter* painter) const
{
  // Without antialiasing neighbouring rectangles meet without hairline seams.
  painter->setAntialiasing(false);
}

void RegimeCellsLayer::draw(QCPPainter* painter)
{
  if (xEdges_.size() < 2 || yEdges_.size() < 2)
    return;
  const std::size_t nx = xEdges_.size() - 1, ny = yEdges_.size() - 1;
  painter->setPen(Qt::NoPen);
  for (std::size_t iy = 0; iy < ny; ++iy) {
    const double top = yAxis_->coordToPixel(yEdges_[iy + 1]), bottom = yAxis_->coordToPixel(yEdges_[iy]);
    for (std::size_t ix = 0; ix < nx;) {
      const QRgb colour = colours_[iy * nx + ix];
      std::size_t end = ix + 1;
      while (end < nx && colours_[iy * nx + end] == colour)
        ++end;
      if (qAlpha(colour) != 0) {
        const double left = xAxis_->coordToPixel(xEdges_[ix]), right = xAxis_->coordToPixel(xEdges_[end]);
        painter->fillRect(QRectF(QPointF(left, top), QPointF(right, bottom)).normalized(), QColor::fromRgba(colour));
      }
      ix = end;
    }
  }
}
