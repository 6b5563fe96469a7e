#pragma once
// Small formatting pieces shared by the report's sections: the translation context of every report
// string (HtmlReport, so the texts keep one context in the translations), HTML escaping, key–value
// and grid tables, and the number formats the report uses for carbon, percentages and dates. All
// numbers go through the current QLocale; dates are ISO 8601 whatever the locale.
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

class HtmlReport {
  Q_DECLARE_TR_FUNCTIONS(HtmlReport)
};

namespace report_format {

QString esc(const QString& text);
// <tr><th>name</th><td>value</td></tr>, both escaped.
QString keyValueRow(const QString& name, const QString& value);
QString keyValueTableStart();
// A table with a header row; `numeric[i]` right-aligns column i. Cells are escaped.
QString gridTable(const QStringList& headers, const QList<QStringList>& rows, const QList<bool>& numeric = {});
QString heading(int level, const QString& text, bool newPage = false);
QString paragraph(const QString& text, const QString& cssClass = {});

QString kg(double kg);             // "0.350" (kg CO2e, three decimals as in the compare table)
QString percent(double percent);   // "12.3"
QString number(double value);      // four significant digits
// "2026-03-04T15:40:05+01:00": ISO 8601 with the time-zone offset (Z for UTC).
QString isoDateTime(const QDateTime& when);

}   // namespace report_format
