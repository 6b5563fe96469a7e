#pragma once
// The stacked embodied/operational carbon bars of the pinned designs (Compare panel). The legend
// sits below the bars, never over them; each bar is labelled with its design's name, wrapped onto
// two lines and shortened to the bar's slot (re-fitted after every layout, so labels never run
// together however narrow the plot); hovering a bar or its label shows the whole name and the
// numbers. Colours come from plot_palette.h, the same as the Details carbon bar.
#include <QStringList>
#include <QVector>

#include <qcustomplot.h>

#include <vector>

#include "ui/explorer/selected_design.h"

class CompareBars : public QCustomPlot {
  Q_OBJECT
public:
  explicit CompareBars(QWidget* parent = nullptr);

  void setDesigns(const std::vector<SelectedDesign>& designs);
  QCPBars* embodiedBars() const { return embodied_; }
  QCPBars* operationalBars() const { return operational_; }
  // The x tick label of design `i` as drawn (possibly two lines, shortened).
  QString tickLabel(int i) const;
  // The whole name of design `i` with its carbon, as the hover text shows it.
  QString barToolTip(int i) const;

  // `text` fitted into `width_px`: whole if it fits, else wrapped at a space onto two lines, the
  // first shortened at its end and the second at its start when still too wide (the end of
  // "Design #527" is what tells designs apart).
  static QString fitLabel(const QString& text, const QFontMetrics& metrics, int width_px);

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();
  void fitTickLabels();
  void showToolTip(QMouseEvent* event);

  QCPBars* embodied_;
  QCPBars* operational_;
  QSharedPointer<QCPAxisTickerText> ticker_;
  QStringList names_;
  QVector<double> embodiedKg_;
  QVector<double> operationalKg_;
};
