#include "ui/widgets/elided_label.h"

#include <QPainter>
#include <QStyle>

namespace {
constexpr int k_minimum_chars = 8;   // room for a few characters and the ellipsis
}

ElidedLabel::ElidedLabel(QWidget* parent) : QLabel(parent) { setTextFormat(Qt::PlainText); }

void ElidedLabel::setText(const QString& text)
{
  QLabel::setText(text);
  updateToolTip();
}

void ElidedLabel::clear() { setText(QString()); }

bool ElidedLabel::isElided() const { return fontMetrics().horizontalAdvance(text()) > contentsRect().width(); }

QSize ElidedLabel::minimumSizeHint() const
{
  const QMargins m = contentsMargins();
  return {fontMetrics().averageCharWidth() * k_minimum_chars + m.left() + m.right(), QLabel::minimumSizeHint().height()};
}

void ElidedLabel::paintEvent(QPaintEvent*)
{
  QPainter painter(this);
  const QRect room = contentsRect();
  const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, room.width());
  style()->drawItemText(&painter, room, QStyle::visualAlignment(layoutDirection(), alignment()), palette(), isEnabled(),
                        shown, foregroundRole());
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
  QLabel::resizeEvent(event);
  updateToolTip();
}

void ElidedLabel::updateToolTip() { setToolTip(isElided() ? text() : QString()); }
