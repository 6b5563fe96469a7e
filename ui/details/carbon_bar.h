#pragma once
// A one-line horizontal stacked bar: embodied vs operational carbon of one design, with the
// embodied P5–P95 band drawn as a whisker over the embodied segment and the operational band (the
// leakage assumption's low–high) as a thinner one over the operational segment. Painted; no plot library.
// The two captions share a line when they fit, else take one line each (elided when even that is
// too narrow; the tooltip has every number), so they never overlap.
#include <QWidget>

#include "core/carbon/carbon_breakdown.h"

class CarbonBar : public QWidget {
  Q_OBJECT
public:
  explicit CarbonBar(QWidget* parent = nullptr);
  void setCarbon(const cdse::CarbonBreakdown& carbon);
  void clear();
  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;
  bool hasHeightForWidth() const override { return true; }
  int heightForWidth(int width) const override;

  // Where the captions are drawn at the current width, and their (possibly elided) text.
  struct Captions {
    QRectF embodied, operational;
    QString embodiedText, operationalText;
  };
  Captions captions() const { return captionsFor(width()); }

protected:
  void paintEvent(QPaintEvent* event) override;
  void changeEvent(QEvent* event) override;

private:
  void updateToolTip();
  Captions captionsFor(int width) const;
  bool has_ = false;
  cdse::CarbonBreakdown carbon_;
};
