#include "ui/details/carbon_bar.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

#include "ui/plots/plot_palette.h"

CarbonBar::CarbonBar(QWidget* parent) : QWidget(parent)
{
  setObjectName(QStringLiteral("carbonBar"));
  // Preferred, not Fixed: a fixed policy caps the height at sizeHint(), which would drop the
  // second caption line that heightForWidth asks for.
  QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
  policy.setHeightForWidth(true);
  setSizePolicy(policy);
  updateToolTip();
}

void CarbonBar::setCarbon(const cdse::CarbonBreakdown& carbon)
{
  carbon_ = carbon;
  has_ = std::isfinite(carbon.total_kg) && carbon.total_kg > 0;
  updateToolTip();
  updateGeometry();   // the captions may need a second line
  update();
}

void CarbonBar::clear()
{
  has_ = false;
  carbon_ = {};
  updateToolTip();
  updateGeometry();
  update();
}

namespace {
constexpr int k_margin_px = 4;
constexpr int k_caption_gap_px = 12;   // between the two captions on one line
}   // namespace

QSize CarbonBar::sizeHint() const { return {320, heightForWidth(320)}; }
QSize CarbonBar::minimumSizeHint() const { return {120, fontMetrics().height() * 3 + 12}; }

int CarbonBar::heightForWidth(int width) const
{
  const Captions c = captionsFor(width);
  const int lineH = fontMetrics().height();
  return has_ ? static_cast<int>(std::ceil(std::max(c.embodied.bottom(), c.operational.bottom()))) + lineH / 2 + 2
              : lineH * 3 + 12;
}

CarbonBar::Captions CarbonBar::captionsFor(int width) const
{
  Captions c;
  if (!has_)
    return c;
  const QFontMetricsF metrics(font());
  const double lineH = fontMetrics().height();
  const double left = k_margin_px, room = std::max(0.0, width - 2.0 * k_margin_px);
  const double top = 2 + lineH * 0.5 + lineH * 1.2 + 2;   // under the bar (see paintEvent)
  const double emb_pct = 100.0 * carbon_.embodied_kg / carbon_.total_kg;
  const QLocale l;
  c.embodiedText = tr("■ embodied %1 % (├┤ P5–P95)").arg(l.toString(emb_pct, 'f', 1));
  c.operationalText = tr("operational %1 % ■").arg(l.toString(100.0 - emb_pct, 'f', 1));
  const bool oneLine =
      metrics.horizontalAdvance(c.embodiedText) + k_caption_gap_px + metrics.horizontalAdvance(c.operationalText) <= room;
  c.embodiedText = metrics.elidedText(c.embodiedText, Qt::ElideRight, room);
  c.operationalText = metrics.elidedText(c.operationalText, Qt::ElideRight, room);
  const double embW = metrics.horizontalAdvance(c.embodiedText), opW = metrics.horizontalAdvance(c.operationalText);
  c.embodied = QRectF(left, top, embW, lineH);
  c.operational = QRectF(left + room - opW, oneLine ? top : top + lineH, opW, lineH);
  return c;
}

void CarbonBar::changeEvent(QEvent* event)
{
  if (event->type() == QEvent::LanguageChange)
    updateToolTip();
  QWidget::changeEvent(event);
}

void CarbonBar::updateToolTip()
{
  if (!has_) {
    setToolTip({});
    return;
  }
  const QLocale l;
  setToolTip(tr("Embodied %1 kg (P5–P95 %2–%3 kg, the upper whisker) vs operational %4 kg CO₂e (%5–%6 kg with "
                "the leakage assumption at its low and high, the lower whisker). Embodied: ACT model (Gupta et al., "
                "ISCA 2022); operational: energy × inferences × grid intensity.")
                 .arg(l.toString(carbon_.embodied_kg, 'g', 4), l.toString(carbon_.embodied_p5_kg, 'g', 4),
                      l.toString(carbon_.embodied_p95_kg, 'g', 4), l.toString(carbon_.operational_kg, 'g', 4),
                      l.toString(carbon_.operational_low_kg, 'g', 4), l.toString(carbon_.operational_high_kg, 'g', 4)));
}

void CarbonBar::paintEvent(QPaintEvent*)
{
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  const int lineH = fontMetrics().height();
  const QRectF area = QRectF(rect()).adjusted(4, 2, -4, -2);
  if (!has_) {
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(area, Qt::AlignCenter, tr("No carbon to show"));
    return;
  }
  // Scale so that the total, the embodied P95 + operational and the operational band's top fit.
  const double extent = std::max({carbon_.total_kg, carbon_.embodied_p95_kg + carbon_.operational_kg,
                                  carbon_.embodied_kg + carbon_.operational_high_kg});
  const double scale = area.width() / extent;
  const QRectF bar(area.left(), area.top() + lineH * 0.5, 0, lineH * 1.2);
  const QRectF emb(bar.left(), bar.top(), carbon_.embodied_kg * scale, bar.height());
  const QRectF op(emb.right(), bar.top(), carbon_.operational_kg * scale, bar.height());
  p.fillRect(emb, plot_palette::embodiedCarbon());
  p.fillRect(op, plot_palette::operationalCarbon());

  // The embodied band: a whisker from P5 to P95 across the embodied segment.
  p.setPen(QPen(palette().color(QPalette::WindowText), 1.5));
  const double y = bar.center().y();
  const double x5 = bar.left() + carbon_.embodied_p5_kg * scale, x95 = bar.left() + carbon_.embodied_p95_kg * scale;
  p.drawLine(QPointF(x5, y), QPointF(x95, y));
  p.drawLine(QPointF(x5, y - bar.height() / 3), QPointF(x5, y + bar.height() / 3));
  p.drawLine(QPointF(x95, y - bar.height() / 3), QPointF(x95, y + bar.height() / 3));

  // The operational band (the leakage assumption's low and high): a thinner whisker, below the
  // embodied one, from the embodied total plus each end.
  if (carbon_.operational_high_kg > carbon_.operational_low_kg) {
    p.setPen(QPen(palette().color(QPalette::WindowText), 1.0));
    const double yo = bar.top() + bar.height() * 0.8;
    const double xl = emb.right() + carbon_.operational_low_kg * scale;
    const double xh = emb.right() + carbon_.operational_high_kg * scale;
    p.drawLine(QPointF(xl, yo), QPointF(xh, yo));
    p.drawLine(QPointF(xl, yo - bar.height() / 6), QPointF(xl, yo + bar.height() / 6));
    p.drawLine(QPointF(xh, yo - bar.height() / 6), QPointF(xh, yo + bar.height() / 6));
  }

  const Captions c = captions();
  p.setPen(plot_palette::embodiedCarbon());
  p.drawText(c.embodied, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, c.embodiedText);
  p.setPen(plot_palette::operationalCarbon());
  p.drawText(c.operational, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, c.operationalText);
}
