#include "ui/assumptions/wheel_guard.h"

#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QWheelEvent>

namespace {

bool isWheelControl(const QObject* o)
{
  return qobject_cast<const QAbstractSlider*>(o) || qobject_cast<const QAbstractSpinBox*>(o) ||
         qobject_cast<const QComboBox*>(o);
}

// The nearest ancestor scroll area whose viewport holds `w` (a scroll bar is not one).
QAbstractScrollArea* enclosingScrollArea(QWidget* w)
{
  for (QWidget* p = w->parentWidget(); p; p = p->parentWidget())
    if (auto* area = qobject_cast<QAbstractScrollArea*>(p->parentWidget()); area && area->viewport() == p)
      return area;
  return nullptr;
}

}   // namespace

WheelGuard::WheelGuard(QWidget* root) : QObject(root) {}

void WheelGuard::install(QWidget* root)
{
  auto* guard = new WheelGuard(root);
  for (QWidget* w : root->findChildren<QWidget*>())
    if (isWheelControl(w))
      guard->guard(w);
}

void WheelGuard::guard(QWidget* control)
{
  control->setFocusPolicy(Qt::StrongFocus);
  control->installEventFilter(this);
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
  if (event->type() != QEvent::Wheel)
    return false;
  auto* control = static_cast<QWidget*>(watched);
  if (control->hasFocus())
    return false;   // the user chose this control: the wheel edits it
  auto* wheel = static_cast<QWheelEvent*>(event);
  if (QAbstractScrollArea* area = enclosingScrollArea(control)) {
    const QPointF at = control->mapTo(area->viewport(), wheel->position());
    QWheelEvent forwarded(at, wheel->globalPosition(), wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(),
                          wheel->modifiers(), wheel->phase(), wheel->inverted(), wheel->source());
    QCoreApplication::sendEvent(area->viewport(), &forwarded);
  }
  return true;   // never reaches the control
}
