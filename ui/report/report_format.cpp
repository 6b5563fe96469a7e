#include "ui/report/report_format.h"

#include <QLocale>

#include <cstdlib>

namespace report_format {

namespace {
constexpr int k_kg_decimals = 3;
constexpr int k_percent_decimals = 1;
constexpr int k_significant_digits = 4;
constexpr int k_seconds_per_minute = 60;
constexpr int k_seconds_per_hour = 3600;
}   // namespace

QString esc(const QString& text) { return text.toHtmlEscaped(); }

QString keyValueRow(const QString& name, const QString& value)
{
  return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(name), esc(value));
}

QString keyValueTableStart()
{
  return QStringLiteral("<table class=\"kv\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n");
}

QString gridTable(const QStringList& headers, const QList<QStringList>& rows, const QList<bool>& numeric)
{
  QString html = QStringLiteral("<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<tr>");
  for (const QString& h : headers)
    html += QStringLiteral("<th>%1</th>").arg(esc(h));
  html += QStringLiteral("</tr>\n");
  for (const QStringList& row : rows) {
    html += QStringLiteral("<tr>");
    for (qsizetype c = 0; c < row.size(); ++c) {
      const bool right = numeric.value(c, false);
      html += right ? QStringLiteral("<td class=\"num\" align=\"right\">%1</td>").arg(esc(row[c]))
                    : QStringLiteral("<td>%1</td>").arg(esc(row[c]));
    }
    html += QStringLiteral("</tr>\n");
  }
  return html + QStringLiteral("</table>\n");
}

QString heading(int level, const QString& text, bool newPage)
{
  // page-break-before is read by QTextDocument (the PDF) and by browsers when printing.
  const QString style = newPage ? QStringLiteral(" style=\"page-break-before: always\"") : QString();
  return QStringLiteral("<h%1%2>%3</h%1>\n").arg(level).arg(style, esc(text));
}

QString paragraph(const QString& text, const QString& cssClass)
{
  if (cssClass.isEmpty())
    return QStringLiteral("<p>%1</p>\n").arg(esc(text));
  return QStringLiteral("<p class=\"%1\">%2</p>\n").arg(cssClass, esc(text));
}

QString kg(double value) { return QLocale().toString(value, 'f', k_kg_decimals); }

QString percent(double value) { return QLocale().toString(value, 'f', k_percent_decimals); }

QString number(double value) { return QLocale().toString(value, 'g', k_significant_digits); }

QString isoDateTime(const QDateTime& when)
{
  const QString local = when.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
  const int offset = when.offsetFromUtc();
  if (offset == 0)
    return local + QLatin1Char('Z');
  const int magnitude = std::abs(offset);
  return local + QStringLiteral("%1%2:%3")
                     .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                     .arg(magnitude / k_seconds_per_hour, 2, 10, QLatin1Char('0'))
                     .arg(magnitude % k_seconds_per_hour / k_seconds_per_minute, 2, 10, QLatin1Char('0'));
}

}   // namespace report_format
