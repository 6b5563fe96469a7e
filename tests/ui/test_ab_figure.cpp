// The A/B comparison as a stand-alone figure (issue 16) on real designs (the reference scenario's
// baselines as pins and candidates): the SVG is text and shapes only, and every Δ it shows is the
// panel's (itself checked against independent scoring in test_ab_panel) and the difference of the
// designs scored independently here; the PDF page and the PNG size are the preset's; the caption is
// there only when asked for; a long table is never cut off silently; a write that fails says which
// file and keeps the file that was there.
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

#include <unistd.h>

#include <cmath>

#include "core/carbon/carbon_scorer.h"
#include "ui/ab/ab_panel.h"
#include "ui/explorer/explorer_model.h"
#include "ui/export/figure_options.h"
#include "ui/report/ab_figure_export.h"
#include "ui/report/ab_figure_layout.h"
#include "ui/report/figure_caption.h"
#include "ui/export/figure_export_dialog.h"
#include "ui/window/ab_figure_input_builder.h"
#include "ui/window/language_manager.h"
#include "ui/window/main_actions.h"
#include "ui/window/main_window.h"
#include "reference_baselines.h"

namespace {

// Poland's grid for twice the lifetime, as in test_ab_panel.
cdse::CarbonSettings otherSet(cdse::CarbonSettings s)
{
  s.grid_region.clear();
  s.grid_intensity_g_per_kwh = 662.0;
  s.lifetime_years *= 2;
  return s;
}

QByteArray readAll(const QString& path)
{
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The PDF's page size in points, from its /MediaBox [0 0 w h], and how many pages it has.
QSizeF mediaBox(const QByteArray& pdf)
{
  static const QRegularExpression box(QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]"));
  const auto m = box.match(QString::fromLatin1(pdf));
  return m.hasMatch() ? QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QSizeF();
}

int pageCount(const QByteArray& pdf)
{
  static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
  return static_cast<int>(QString::fromLatin1(pdf).count(page));
}

// The texts an SVG draws, one per <text> element, unescaped.
QStringList svgTexts(const QByteArray& svg)
{
  static const QRegularExpression text(QStringLiteral("<text\\b[^>]*>([^<]*)</text>"));
  QStringList out;
  auto it = text.globalMatch(QString::fromUtf8(svg));
  while (it.hasNext()) {
    QString t = it.next().captured(1);
    t.replace(QStringLiteral("&lt;"), QStringLiteral("<")).replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    t.replace(QStringLiteral("&quot;"), QStringLiteral("\"")).replace(QStringLiteral("&apos;"), QStringLiteral("'"));
    t.replace(QStringLiteral("&#39;"), QStringLiteral("'")).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    out << t.trimmed();
  }
  return out;
}

FigureOptions preset(FigurePreset p, int dpi = 192)
{
  FigureOptions o;
  o.preset = p;
  o.pngDpi = dpi;
  return o;
}

// Makes a directory unwritable for the test's lifetime: 0555, and immutable when the test runs as
// root (who ignores modes). writable() says whether that worked on this machine.
class UnwritableDir {
public:
  explicit UnwritableDir(const QString& dir) : dir_(dir)
  {
    QFile::setPermissions(dir_, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup);
    if (::geteuid() == 0)
      immutable_ = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), dir_}) == 0;
  }
  ~UnwritableDir()
  {
    if (immutable_)
      QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), dir_});
    QFile::setPermissions(dir_, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
  }
  bool writable() const
  {
    QFile probe(dir_ + QStringLiteral("/probe"));
    const bool ok = probe.open(QIODevice::WriteOnly);
    if (ok)
      probe.remove();
    return ok;
  }

private:
  QString dir_;
  bool immutable_ = false;
};

// Answers the modal dialogs an export opens: the figure options (choosing `subject` when there is a
// choice; `subjects` receives what it offered) and then the file dialog (with `path`).
class DialogAnswerer {
public:
  DialogAnswerer(const QString& subject, const QString& path) : subject_(subject), path_(path)
  {
    QObject::connect(&timer_, &QTimer::timeout, [this] { answer(); });
    timer_.start(20);
  }
  QStringList subjects;
  bool sawFileDialog = false;

private:
  void answer()
  {
    QWidget* modal = QApplication::activeModalWidget();
    // Anything else (a "directory not found" box while the file model loads), or no answer after
    // 10 s: dismissed, so that the test retries or fails instead of hanging.
    if (modal && (++ticks_ > 500 || (!qobject_cast<QFileDialog*>(modal) && !qobject_cast<FigureExportDialog*>(modal)))) {
      qWarning("dismissed %s: %s", modal->metaObject()->className(), qPrintable(modal->property("text").toString()));
      QMetaObject::invokeMethod(modal, "reject");
      return;
    }
    if (auto* options = qobject_cast<FigureExportDialog*>(modal)) {
      if (auto* box = options->findChild<QComboBox*>(); box && subjects.isEmpty()) {
        for (int i = 0; i < box->count(); ++i)
          subjects << box->itemText(i);
        box->setCurrentIndex(box->findText(subject_));
      }
      options->accept();
    } else if (auto* files = qobject_cast<QFileDialog*>(modal)) {
      sawFileDialog = true;
      // Accepted once it holds the path: the file model fills the dialog asynchronously.
      // selectFile() of a new file in another directory is sometimes cleared again by the file
      // model; the directory and then the name field are not.
      const QFileInfo target(path_);
      if (files->directory().absolutePath() != target.absolutePath())
        files->setDirectory(target.absolutePath());
      if (auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")))
        name->setText(target.fileName());
      if (files->selectedFiles().value(0) == path_)
        static_cast<QDialog*>(files)->done(QDialog::Accepted);   // public in QDialog
      else
        qWarning("the file dialog holds %s", qPrintable(files->selectedFiles().join(QLatin1Char(','))));
    }
  }
  QString subject_, path_;
  QTimer timer_;
  int ticks_ = 0;
};

}   // namespace

class TestAbFigure : public QObject {
  Q_OBJECT
private slots:
  void initTestCase();
  void svgIsVectorAndShowsThePanelsDeltas();
  void pdfPageIsThePreset();
  void pngIsThePresetsSize();
  void captionOnlyWhenAskedFor();
  void presentationStyleIsLargerAndOkabeIto();
  void longTablesAreFittedPagedOrSaidToBeShort();
  void failedWriteNamesTheFileAndKeepsIt();
  void windowExportsFromThePanelAndThePlotsDialog();
  void samplesToLookAt();

private:
  ExplorerModel model_;
  std::vector<SelectedDesign> designs_;
  cdse::CarbonSettings a_, b_;
  AbPanel panel_;
  AbFigureInput input_;
  QTemporaryDir dir_;
};

void TestAbFigure::initTestCase()
{
  QVERIFY(dir_.isValid());
  designs_ = referenceBaselineDesigns(model_);
  QVERIFY(designs_.size() >= 2);
  auto candidates = std::make_shared<cdse::SweepCandidates>();
  for (const auto& d : designs_)
    candidates->designs.push_back(d.invariants);
  a_ = model_.carbonSettings();
  b_ = otherSet(a_);
  panel_.setDesigns(designs_);
  panel_.setCandidates(candidates, QStringLiteral("the baselines"),
                       [](std::size_t i) { return QStringLiteral("baseline %1").arg(i); });
  panel_.setSets(a_, b_);
  panel_.compareNow();
  QVERIFY(panel_.shownComparison());
  input_ = buildAbFigureInput(panel_, QStringLiteral("Reference CLIP"));
  QCOMPARE(static_cast<int>(input_.rows.size()), panel_.table()->rowCount());
  QCOMPARE(static_cast<int>(input_.rows.size()), static_cast<int>(designs_.size()) + 2);   // and the two optima
}

void TestAbFigure::svgIsVectorAndShowsThePanelsDeltas()
{
  const QString svg = dir_.filePath(QStringLiteral("ab.svg"));
  QCOMPARE(exportAbFigure(input_, svg, preset(FigurePreset::Slide16x9)), QString());
  const QByteArray bytes = readAll(svg);
  QVERIFY(bytes.contains("<svg"));
  QVERIFY(!bytes.contains("<image"));
  const QStringList texts = svgTexts(bytes);
  // Every number cell of the panel's table is drawn, as the panel shows it.
  const QTableWidget* table = panel_.table();
  for (int r = 0; r < table->rowCount(); ++r) {
    // A design's name may wrap over lines; its words are there in order.
    QVERIFY2(texts.join(' ').contains(table->item(r, 0)->text()), qPrintable(table->item(r, 0)->text()));
    for (int c = 1; c < 5; ++c)
      QVERIFY2(texts.contains(table->item(r, c)->text()),
               qPrintable(QStringLiteral("row %1 column %2: \"%3\"").arg(r).arg(c).arg(table->item(r, c)->text())));
  }
  // And each pinned design's Δ is the difference of its scores under B and A, scored here.
  for (const auto& d : designs_) {
    const double under_a = cdse::CarbonScorer(a_).score(d.invariants).total_kg;
    const double under_b = cdse::CarbonScorer(b_).score(d.invariants).total_kg;
    const double delta = under_b - under_a;
    const QString kg = (delta > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(delta, 'g', 4);
    const QString pct = (delta > 0 ? QStringLiteral("+") : QString()) +
                        QLocale().toString(100 * delta / under_a, 'f', 1) + " %";
    QVERIFY2(texts.contains(kg), qPrintable(kg));
    QVERIFY2(texts.contains(pct), qPrintable(pct));
  }
  // The sets, the optima's sentence and the split columns are there too.
  QVERIFY(texts.contains(QStringLiteral("A")) && texts.contains(QStringLiteral("B")));
  QVERIFY(bytes.contains(QLocale().toString(panel_.shownComparison()->switch_saving_kg().value(), 'g', 4).toUtf8()));
  QVERIFY(texts.join(' ').contains(QStringLiteral("Embodied")));
}

void TestAbFigure::pdfPageIsThePreset()
{
  const struct {
    FigurePreset preset;
    QSizeF points;
  } cases[] = {{FigurePreset::A4Page, {595.28, 841.89}},
               {FigurePreset::LetterPage, {612, 792}},
               {FigurePreset::Slide16x9, {1440, 810}},
               {FigurePreset::Slide4x3, {1200, 900}}};
  for (const auto& c : cases) {
    const QString pdf = dir_.filePath(QStringLiteral("ab_%1.pdf").arg(static_cast<int>(c.preset)));
    QCOMPARE(exportAbFigure(input_, pdf, preset(c.preset)), QString());
    const QByteArray bytes = readAll(pdf);
    const QSizeF box = mediaBox(bytes);
    QVERIFY2(std::abs(box.width() - c.points.width()) < 1 && std::abs(box.height() - c.points.height()) < 1,
             qPrintable(
                 QStringLiteral("%1: %2 × %3").arg(static_cast<int>(c.preset)).arg(box.width()).arg(box.height())));
    QCOMPARE(pageCount(bytes), 1);   // a handful of rows fits one page
    QVERIFY(!bytes.contains("/Subtype /Image") && !bytes.contains("/Subtype/Image"));
  }
}

void TestAbFigure::pngIsThePresetsSize()
{
  FigureOptions custom = preset(FigurePreset::Custom, 96);
  custom.customSize_px = QSize(1300, 700);
  const struct {
    FigureOptions options;
    QSize px;
  } cases[] = {{preset(FigurePreset::Slide16x9), {1920, 1080}},
               {preset(FigurePreset::Slide4x3), {1600, 1200}},
               {preset(FigurePreset::A4Page, 150), {1240, 1754}},
               {preset(FigurePreset::LetterPage, 96), {816, 1056}},
               {custom, {1300, 700}}};
  for (const auto& c : cases) {
    const QString png = dir_.filePath(QStringLiteral("ab_%1.png").arg(static_cast<int>(c.options.preset)));
    QCOMPARE(exportAbFigure(input_, png, c.options), QString());
    const QImage image(png);
    QCOMPARE(image.size(), c.px);
    // Not blank: the table's ink is there.
    int dark = 0;
    for (int y = 0; y < image.height(); y += 3)
      for (int x = 0; x < image.width(); x += 3)
        dark += qGray(image.pixel(x, y)) < 128;
    QVERIFY(dark > 100);
  }
}

void TestAbFigure::captionOnlyWhenAskedFor()
{
  FigureCaptionInput in;
  in.settings = a_;
  in.accuracySource = accuracySourceName("builtin");
  in.appVersion = QStringLiteral("9.8.7");
  in.date = QDate(2031, 2, 3);
  const QString caption = figureCaption(in, b_);
  QVERIFY2(caption.startsWith(QStringLiteral("A: Grid ")) && caption.contains(QStringLiteral("; B: Grid 662.0")),
           qPrintable(caption));
  FigureOptions o = preset(FigurePreset::A4Page);
  const QString on = dir_.filePath(QStringLiteral("caption_on.svg"));
  const QString off = dir_.filePath(QStringLiteral("caption_off.svg"));
  o.caption = true;
  QCOMPARE(exportAbFigure(input_, on, o, caption), QString());
  o.caption = false;
  QCOMPARE(exportAbFigure(input_, off, o, caption), QString());
  QVERIFY(readAll(on).contains("2031-02-03"));
  QVERIFY(readAll(on).contains("CarbonDSE 9.8.7"));
  QVERIFY(!readAll(off).contains("2031-02-03"));
  QVERIFY(!readAll(off).contains("CarbonDSE 9.8.7"));
}

void TestAbFigure::presentationStyleIsLargerAndOkabeIto()
{
  FigureOptions o = preset(FigurePreset::Slide16x9);
  const AbFigureLayout plain = ab_figure_layout::layout(input_, o, QString(), true);
  o.presentation = true;
  const AbFigureLayout large = ab_figure_layout::layout(input_, o, QString(), true);
  QVERIFY2(large.body.pixelSize() > plain.body.pixelSize(),
           qPrintable(QStringLiteral("%1 → %2").arg(plain.body.pixelSize()).arg(large.body.pixelSize())));
  const QString svg = dir_.filePath(QStringLiteral("presentation.svg"));
  QCOMPARE(exportAbFigure(input_, svg, o), QString());
  // The deltas are positive on Poland's grid for twice the lifetime: Okabe–Ito vermillion.
  QVERIFY(panel_.shownComparison()->designs[0].delta_total_kg() > 0);
  QVERIFY(readAll(svg).contains("#d55e00"));
  QVERIFY(!readAll(dir_.filePath(QStringLiteral("caption_off.svg"))).contains("#d55e00"));
}

void TestAbFigure::longTablesAreFittedPagedOrSaidToBeShort()
{
  AbFigureInput many = input_;
  const std::vector<AbFigureRow> optima(many.rows.end() - 2, many.rows.end());
  many.rows.erase(many.rows.end() - 2, many.rows.end());
  const std::vector<AbFigureRow> pinned = many.rows;
  for (int i = 0; many.rows.size() < 120; ++i) {
    AbFigureRow r = pinned[i % pinned.size()];
    r.design = QStringLiteral("pinned design number %1 with a long name").arg(i);
    many.rows.push_back(r);
  }
  many.rows.insert(many.rows.end(), optima.begin(), optima.end());
  // A PDF continues on more pages and lists every design.
  const QString pdf = dir_.filePath(QStringLiteral("many.pdf"));
  QCOMPARE(exportAbFigure(many, pdf, preset(FigurePreset::Slide16x9)), QString());
  QVERIFY(pageCount(readAll(pdf)) > 1);
  const AbFigureLayout paged = ab_figure_layout::layout(many, preset(FigurePreset::Slide16x9), QString(), true);
  std::size_t rows = 0;
  for (const auto& page : paged.pages)
    for (const auto& b : page.blocks) {
      rows += b.kind == AbFigureBlock::Kind::Row;
      QVERIFY(b.rect.bottom() <= paged.canvas_px.height() + 0.5);   // nothing runs off a page
    }
  QCOMPARE(rows, many.rows.size());
  // A single picture keeps the optima and says how many pinned designs it left out.
  const QString svg = dir_.filePath(QStringLiteral("many.svg"));
  QCOMPARE(exportAbFigure(many, svg, preset(FigurePreset::Slide16x9)), QString());
  const AbFigureLayout single = ab_figure_layout::layout(many, preset(FigurePreset::Slide16x9), QString(), false);
  QCOMPARE(single.pages.size(), std::size_t{1});
  QVERIFY(single.omittedRows > 0);
  const QString texts = svgTexts(readAll(svg)).join(' ');
  QVERIFY2(texts.contains(QStringLiteral("%1 more pinned design").arg(single.omittedRows)), qPrintable(texts.right(400)));
  QVERIFY(texts.contains(optima.back().design));
  for (const auto& b : single.pages.front().blocks)
    QVERIFY(b.rect.bottom() <= single.canvas_px.height() + 0.5);
  // A canvas that cannot hold even that is refused, not drawn cut off.
  FigureOptions tiny = preset(FigurePreset::Custom, 96);
  tiny.customSize_px = QSize(200, 200);
  const QString error = exportAbFigure(many, dir_.filePath(QStringLiteral("tiny.png")), tiny);
  QVERIFY2(error.contains(QStringLiteral("tiny.png")) && error.contains(QStringLiteral("does not fit")),
           qPrintable(error));
  QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("tiny.png"))));
}

void TestAbFigure::failedWriteNamesTheFileAndKeepsIt()
{
  // Under a regular file, as if it were a directory: no one can write there.
  const QString notDir = dir_.filePath(QStringLiteral("plain_file"));
  {
    QFile f(notDir);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("x");
  }
  const QString impossible = notDir + QStringLiteral("/ab.svg");
  const QString error = exportAbFigure(input_, impossible, preset(FigurePreset::Slide16x9));
  QVERIFY2(error.contains(QDir::toNativeSeparators(impossible)), qPrintable(error));

  // An unwritable directory holding an earlier export: the error names it and the file is as it was.
  const QString sub = dir_.filePath(QStringLiteral("locked"));
  QVERIFY(QDir().mkpath(sub));
  const QString kept = sub + QStringLiteral("/ab.pdf");
  {
    QFile f(kept);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("previous export");
  }
  UnwritableDir locked(sub);
  if (locked.writable())
    QSKIP("this machine cannot make a directory unwritable for this user (root without chattr)");
  const QString lockedError = exportAbFigure(input_, kept, preset(FigurePreset::A4Page));
  QVERIFY2(lockedError.contains(QDir::toNativeSeparators(kept)), qPrintable(lockedError));
  QCOMPARE(readAll(kept), QByteArray("previous export"));
}

// The panel's Export Figure… and File ▸ Export ▸ Plots (its A/B subject) both write the figure.
void TestAbFigure::windowExportsFromThePanelAndThePlotsDialog()
{
  QCoreApplication::setOrganizationName(QStringLiteral("CarbonDSE-tests"));
  QCoreApplication::setApplicationName(QStringLiteral("test_ab_figure"));
  LanguageManager languages;
  QVERIFY(languages.setLanguage(QStringLiteral("en")));
  MainWindow window(&languages, false);
  window.resize(1366, 768);
  QVERIFY(window.openScenario(QStringLiteral("reference-clip-b16")).isEmpty());
  window.show();
  window.model()->pin(DesignRef::baseline(0));
  window.showAbView();
  AbPanel* ab = window.ab();
  QSignalSpy shown(ab, &AbPanel::comparisonShown);
  QVERIFY(shown.wait(5000));
  ab->setSets(window.model()->carbonSettings(), otherSet(window.model()->carbonSettings()));
  QVERIFY(shown.wait(5000));
  auto* button = ab->findChild<QToolButton*>(QStringLiteral("abExportFigure"));
  QVERIFY(button && button->isEnabled());

  const QString fromPanel = dir_.filePath(QStringLiteral("from_panel.svg"));
  {
    DialogAnswerer answers(QString(), fromPanel);
    button->click();
    QVERIFY(answers.sawFileDialog);
  }
  const QByteArray panelSvg = readAll(fromPanel);
  QVERIFY(panelSvg.contains("Carbon under assumption sets A and B"));
  QVERIFY(panelSvg.contains(ab->table()->item(0, 3)->text().toUtf8()));

  const QString fromMenu = dir_.filePath(QStringLiteral("from_menu.pdf"));
  {
    DialogAnswerer answers(QStringLiteral("The A/B comparison table"), fromMenu);
    window.actions()->exportPlots->trigger();
    QVERIFY2(answers.subjects.contains(QStringLiteral("The A/B comparison table")),
             qPrintable(answers.subjects.join('|')));
    QVERIFY(answers.sawFileDialog);
  }
  QVERIFY(readAll(fromMenu).startsWith("%PDF"));
  QVERIFY(!mediaBox(readAll(fromMenu)).isEmpty());
}

// CARBONDSE_AB_FIGURE_SAMPLE=<dir> keeps figures to look at: a 16:9 slide, an A4 page with its
// caption, both in presentation style too, the on-screen size, a 4:3 slide in presentation style,
// and a long table on a slide and over PDF pages.
void TestAbFigure::samplesToLookAt()
{
  const QString out = qEnvironmentVariable("CARBONDSE_AB_FIGURE_SAMPLE");
  if (out.isEmpty())
    QSKIP("set CARBONDSE_AB_FIGURE_SAMPLE=<dir> to keep sample figures");
  FigureCaptionInput in;
  in.settings = a_;
  in.appVersion = QStringLiteral("sample");
  in.date = QDate::currentDate();
  const QString caption = figureCaption(in, b_);
  for (bool presentation : {false, true}) {
    const QString style = presentation ? QStringLiteral("_presentation") : QString();
    FigureOptions slide = preset(FigurePreset::Slide16x9);
    slide.presentation = presentation;
    slide.caption = true;
    QCOMPARE(exportAbFigure(input_, out + QStringLiteral("/ab_16x9%1.png").arg(style), slide, caption), QString());
    FigureOptions page = preset(FigurePreset::A4Page);
    page.presentation = presentation;
    page.caption = true;
    QCOMPARE(exportAbFigure(input_, out + QStringLiteral("/ab_a4%1.pdf").arg(style), page, caption), QString());
  }
  FigureOptions screen = preset(FigurePreset::OnScreen, 96);
  QCOMPARE(exportAbFigure(input_, out + QStringLiteral("/ab_screen.png"), screen), QString());
  FigureOptions square = preset(FigurePreset::Slide4x3);
  square.presentation = true;
  QCOMPARE(exportAbFigure(input_, out + QStringLiteral("/ab_4x3_presentation.png"), square), QString());
  AbFigureInput many = input_;
  for (int i = 0; many.rows.size() < 60; ++i) {
    AbFigureRow r = input_.rows[static_cast<std::size_t>(i) % designs_.size()];
    r.design = QStringLiteral("copy %1 of %2").arg(i).arg(r.design);
    many.rows.insert(many.rows.end() - 2, r);
  }
  QCOMPARE(exportAbFigure(many, out + QStringLiteral("/ab_many_16x9.png"), preset(FigurePreset::Slide16x9)), QString());
  QCOMPARE(exportAbFigure(many, out + QStringLiteral("/ab_many_a4.pdf"), preset(FigurePreset::A4Page)), QString());
}

QTEST_MAIN(TestAbFigure)
#include "test_ab_figure.moc"
