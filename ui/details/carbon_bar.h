#pragma once
// A one-line horizontal stacked bar: embodied vs operational carbon of one design, with the
// embodied P5–P95 band drawn as a whisker over the embodied segment. Painted; no plot library.
#include <QWidget>

#include "carbon/carbon_breakdown.h"

class CarbonBar : public QWidget {
  Q_OBJECT
public:
  explicit CarbonBar(QWidget* parent = nullptr);
  void setCarbon(const cdse::CarbonBreakdown& carbon);
  void clear();
  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

protected:
  void paintEvent(QPaintEvent* event) override;
  void changeEvent(QEvent* event) override;

private:
  void updateToolTip();
  bool has_ = false;
  cdse::CarbonBreakdown carbon_;
};
