// A4 checklist sheet with cairo's PDF surface written to a string, text laid out by pango.
#include "pdf.hpp"
#include "outcome_format.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "call_block.hpp"
#include "labels.hpp"
#include "phone_text.hpp"
#include "print_date.hpp"
#include "qr.hpp"

namespace vv {
namespace {

constexpr double kMm = 72.0 / 25.4;
constexpr double kPageW = 210 * kMm, kPageH = 297 * kMm;
constexpr double kMargin = 18 * kMm, kFooterH = 16 * kMm;
constexpr double kBottom = kPageH - kMargin - kFooterH;
constexpr const char* kFamily = "Noto Sans";

// Appends to the std::string `closure`; with a null closure (the counting pass) drops the bytes.
cairo_status_t write_to_string(void* closure, const unsigned char* data, unsigned int length) {
  if (closure) static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

std::string esc(const std::string& s) {
  char* e = g_markup_escape_text(s.c_str(), static_cast<gssize>(s.size()));
  std::string out(e);
  g_free(e);
  return out;
}

struct Sheet {
  const Outcome& o;
  cairo_t* cr;
  std::string printed;  // "Skrevet ut 6. desember 2026"
  int pages = 0;        // the page count, known from the first (counting) pass; 0 in that pass
  double y = kMargin;
  int page = 1;

  // A pango layout of `markup` in `size` pt (weight via markup), `width` points wide.
  PangoLayout* layout(const std::string& markup, double size, double width, bool bold = false) {
    PangoLayout* l = pango_cairo_create_layout(cr);
    PangoFontDescription* fd = pango_font_description_new();
    pango_font_description_set_family(fd, kFamily);
    pango_font_description_set_absolute_size(fd, size * PANGO_SCALE);
    if (bold) pango_font_description_set_weight(fd, PANGO_WEIGHT_BOLD);
    pango_layout_set_font_description(l, fd);
    pango_font_description_free(fd);
    pango_layout_set_width(l, static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_markup(l, markup.c_str(), -1);
    return l;
  }
  static double width(PangoLayout* l) {
    int w = 0, h = 0;
    pango_layout_get_size(l, &w, &h);
    return static_cast<double>(w) / PANGO_SCALE;
  }
  static double height(PangoLayout* l) {
    int w = 0, h = 0;
    pango_layout_get_size(l, &w, &h);
    return static_cast<double>(h) / PANGO_SCALE;
  }
  void draw(PangoLayout* l, double x, double at_y, double gray = 0) {
    cairo_set_source_rgb(cr, gray, gray, gray);
    cairo_move_to(cr, x, at_y);
    pango_cairo_show_layout(cr, l);
  }

  // No personal data, laws checked, pack version; below it the print date (left) and
  // "Side n av m" (right). Fits in kFooterH.
  void footer() {
    const std::string& L = o.text_lang;
    const double w = kPageW - 2 * kMargin;
    std::string text = label("outcome.no_personal_data", L) + " " + label("outcome.content_checked", L) + " " +
                       o.laws_checked + ". " + o.pack_name + ", " + label("export.version", L) + " " + o.pack_version + ".";
    PangoLayout* l = layout(esc(text), 8, w);
    PangoLayout* d = layout(esc(printed), 8.5, w);
    PangoLayout* n = layout("<b>" + esc(page_of_text(page, pages, L)) + "</b>", 8.5, w);
    pango_layout_set_alignment(n, PANGO_ALIGN_RIGHT);
    double dy = kPageH - kMargin - height(d), fy = dy - height(l);
    cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
    cairo_set_line_width(cr, 0.5);
    cairo_move_to(cr, kMargin, fy - 2 * kMm);
    cairo_line_to(cr, kPageW - kMargin, fy - 2 * kMm);
    cairo_stroke(cr);
    draw(l, kMargin, fy, 0.25);
    draw(d, kMargin, dy, 0.1);
    draw(n, kMargin, dy, 0.1);
    g_object_unref(l);
    g_object_unref(d);
    g_object_unref(n);
  }
  void new_page() {
    footer();
    cairo_show_page(cr);
    ++page;
    y = kMargin;
  }
  void need(double h) {
    if (y + h > kBottom && y > kMargin + 1) new_page();
  }

  // A paragraph; breaks the page before it if it does not fit.
  void para(const std::string& markup, double size, bool bold = false, double indent = 0, double gray = 0,
            double after = 2 * kMm) {
    PangoLayout* l = layout(markup, size, kPageW - 2 * kMargin - indent, bold);
    need(height(l));
    draw(l, kMargin + indent, y, gray);
    y += height(l) + after;
    g_object_unref(l);
  }
  void heading(const std::string& text) {
    y += 2 * kMm;
    PangoLayout* l = layout(esc(text), 12.5, kPageW - 2 * kMargin, true);
    need(height(l) + 28 * kMm);  // keep a heading with what follows it (a first item of a few lines)
    draw(l, kMargin, y);
    y += height(l) + 1.5 * kMm;
    g_object_unref(l);
  }

  void qr(const QrMatrix& m, double x, double at_y, double module) {
    cairo_set_source_rgb(cr, 0, 0, 0);
    for (int r = 0; r < m.size; ++r)
      for (int c = 0; c < m.size; ++c)
        if (m.dark(c, r)) cairo_rectangle(cr, x + (c + kQrQuietZone) * module, at_y + (r + kQrQuietZone) * module, module, module);
    cairo_fill(cr);
  }

  void checklist() {
    const std::string& L = o.text_lang;
    heading(label("outcome.checklist", L));
    int n = 0;
    const double box = 4.2 * kMm, indent = 9 * kMm, w = kPageW - 2 * kMargin - indent;
    for (const auto& it : o.items) {
      PangoLayout* t = layout(esc(std::to_string(++n) + ". " + it.text), 10.5, w);
      std::string meta = "<b>" + esc(label("outcome.who", L)) + ":</b> " + esc(it.who);
      if (!it.how.empty()) meta += "\n<b>" + esc(label("outcome.how", L)) + ":</b> " + esc(it.how);
      meta += "\n<b>" + esc(label("outcome.source", L)) + ":</b> " + esc(it.source);
      if (it.national) meta += " (" + esc(label("outcome.national", L)) + ")";
      PangoLayout* m = layout(meta, 8.5, w);
      double h = height(t) + 0.8 * kMm + height(m);
      need(h);
      cairo_set_source_rgb(cr, 0, 0, 0);
      cairo_set_line_width(cr, 0.9);
      cairo_rectangle(cr, kMargin + 0.5, y + 0.6 * kMm, box, box);  // empty tick box
      cairo_stroke(cr);
      draw(t, kMargin + indent, y);
      draw(m, kMargin + indent, y + height(t) + 0.8 * kMm, 0.3);
      y += h + 3 * kMm;
      g_object_unref(t);
      g_object_unref(m);
    }
  }

  void links() {
    if (o.links.empty()) return;
    heading(label("outcome.links", o.text_lang));
    const double module = 0.42 * kMm;
    for (const auto& l : o.links) {
      auto m = make_qr(l.url, 40);
      double qsize = m ? (m->size + 2 * kQrQuietZone) * module : 0;
      double tx = kMargin + (m ? qsize + 3 * kMm : 0);
      PangoLayout* t = layout("<b>" + esc(l.title) + "</b>\n" + esc(l.url), 9, kPageW - kMargin - tx);
      double h = std::max(qsize, height(t));
      need(h);
      if (m) qr(*m, kMargin, y, module);
      draw(t, tx, y + (m ? kQrQuietZone * module : 0));
      y += h + 2 * kMm;
      g_object_unref(t);
    }
  }

  void laws() {
    if (o.laws.empty()) return;
    const std::string& L = o.text_lang;
    heading(label("outcome.laws", L));
    for (const auto& l : o.laws) {
      std::string s = "<b>" + esc(l.ref) + "</b> – " + esc(l.title) + " (" + esc(law_status_label(l.status, L)) + ", " +
                      esc(label("outcome.checked", L)) + " " + esc(l.checked);
      s += ")";
      if (!l.url.empty()) s += "\n<span size='smaller'>" + esc(l.url) + "</span>";
      para(s, 9.5, false, 0, 0, 1.5 * kMm);
    }
  }

  void contacts() {
    if (o.contacts.empty() && o.notices.empty()) return;
    heading(label("outcome.contacts", o.text_lang));
    for (const auto& n : o.notices) para("<b>" + esc(n) + "</b>", 10, false, 0, 0, 1.2 * kMm);
    for (const auto& c : o.contacts) {
      std::string s = "<b>" + esc(c.phone) + "</b>   " + esc(c.name);
      if (!c.when.empty()) s += " – " + esc(c.when);
      para(s, 10, false, 0, 0, 1.2 * kMm);
    }
  }

  void phone_qr() {
    PhoneForm form = PhoneForm::full;
    std::string text = checklist_phone_text(o, &form);
    auto m = make_qr(text, 40);
    if (!m) return;
    // At least 0.4 mm per module, so a large code (the safety form) still scans from paper.
    const double module = std::max(0.4 * kMm, std::min(0.5 * kMm, 50 * kMm / (m->size + 2 * kQrQuietZone)));
    const double qsize = (m->size + 2 * kQrQuietZone) * module;
    std::string caption = "<b>" + esc(label("export.phone_qr", o.text_lang)) + "</b>\n" + esc(label("export.phone_qr_help", o.text_lang));
    // Two appends, not `"\n" + esc(...)`: GCC 12 -Wrestrict false positive (GCC bug 105651).
    if (form == PhoneForm::short_items || form == PhoneForm::shortest) {
      caption += '\n';
      caption += esc(label("export.phone_short", o.text_lang));
    }
    PangoLayout* t = layout(caption, 9.5, kPageW - 2 * kMargin - qsize - 4 * kMm);
    y += 3 * kMm;
    need(std::max(qsize, height(t)));
    qr(*m, kMargin, y, module);
    draw(t, kMargin + qsize + 4 * kMm, y + kQrQuietZone * module);
    y += std::max(qsize, height(t)) + 2 * kMm;
    g_object_unref(t);
  }

  // The acute stages' box at the top of page 1: a coloured band with the stage's call to action,
  // the numbers to call now, one a line (number large and never broken, e.g. "12 34 56 78"; the
  // names in a column beside them), any notice, and the parents rule. A thick border and a dark
  // band keep it strong printed in black and white.
  void call_box(const CallBlock& b) {
    const double pad = 4 * kMm, line = 1.1 * kMm, w = kPageW - 2 * kMargin, inner = w - 2 * pad;
    const double r = b.red ? 0.70 : 0.60, g = b.red ? 0.0 : 0.33;  // dark red / dark amber
    PangoLayout* title = layout(esc(b.title), 16, inner, true);
    std::string lead_text;
    for (const auto& line : b.lead) lead_text += (lead_text.empty() ? "• " : "\n• ") + esc(line);
    PangoLayout* lead = b.lead.empty() ? nullptr : layout("<b>" + lead_text + "</b>", 11, inner);
    PangoLayout* call = layout(esc(b.call) + ":", 11.5, inner, true);
    struct Row { PangoLayout *num, *name; };
    std::vector<Row> rows;
    double widest = 0;
    for (const auto& c : b.numbers) {
      PangoLayout* num = layout(esc(c.phone), 20, inner / 2, true);
      if (width(num) < inner / 2) pango_layout_set_width(num, -1);  // one line
      widest = std::max(widest, width(num));
      rows.push_back({num, nullptr});
    }
    const double numw = std::max(22 * kMm, widest + 4 * kMm);
    for (size_t i = 0; i < rows.size(); ++i) rows[i].name = layout(esc(b.numbers[i].name), 11, inner - numw, true);
    auto row_h = [&](const Row& r) { return std::max(height(r.num), height(r.name)); };
    std::vector<PangoLayout*> notices;
    for (const auto& n : b.notices) notices.push_back(layout("<b>" + esc(n) + "</b>", 10, inner));
    PangoLayout* rule = layout(esc(b.rule), 15, inner, true);
    PangoLayout* why = layout(esc(b.rule_why), 11, inner);

    const double band = height(title) + 2 * 2.5 * kMm;
    double h = band + pad + (lead ? height(lead) + 2.5 * kMm : 0) + height(call) + 1 * kMm;
    for (const auto& r : rows) h += row_h(r) + 1 * kMm;
    if (!notices.empty()) h += 1.5 * kMm;
    for (auto* n : notices) h += height(n) + 1.5 * kMm;
    h += 2 * kMm + height(rule) + 1 * kMm + height(why) + pad;
    need(h);
    const double x0 = kMargin, y0 = y;
    cairo_set_source_rgb(cr, r, g, 0);
    cairo_rectangle(cr, x0, y0, w, band);
    cairo_fill(cr);
    cairo_set_line_width(cr, line);
    cairo_rectangle(cr, x0 + line / 2, y0 + line / 2, w - line, h - line);
    cairo_stroke(cr);
    draw(title, x0 + pad, y0 + 2.5 * kMm, 1);  // white on the band
    double at = y0 + band + pad;
    if (lead) {
      draw(lead, x0 + pad, at);
      at += height(lead) + 2.5 * kMm;
    }
    draw(call, x0 + pad, at);
    at += height(call) + 1 * kMm;
    for (const auto& r : rows) {
      draw(r.num, x0 + pad, at + (row_h(r) - height(r.num)) / 2);
      draw(r.name, x0 + pad + numw, at + (row_h(r) - height(r.name)) / 2);
      at += row_h(r) + 1 * kMm;
    }
    if (!notices.empty()) at += 1.5 * kMm;
    for (auto* n : notices) {
      draw(n, x0 + pad, at);
      at += height(n) + 1.5 * kMm;
    }
    at += 2 * kMm;
    draw(rule, x0 + pad, at);
    at += height(rule) + 1 * kMm;
    draw(why, x0 + pad, at);
    y = y0 + h + 5 * kMm;
    for (auto& r : rows) {
      g_object_unref(r.num);
      g_object_unref(r.name);
    }
    for (auto* l : {title, call, rule, why}) g_object_unref(l);
    for (auto* n : notices) g_object_unref(n);
    if (lead) g_object_unref(lead);
  }

  void render() {
    const std::string& L = o.text_lang;
    auto box = call_block(o);
    if (box) call_box(*box);
    para(esc(label("export.sheet_title", L)), 17, true, 0, 0, 1.5 * kMm);
    para(esc(o.pack_name + " – " + o.pack_title), 10.5, false, 0, 0.3, 3 * kMm);
    para("<b>" + esc(label("outcome.stage", L)) + ":</b> " + esc(o.stage_name), 12);
    if (!box && !o.now.empty()) {  // «Gjør dette nå» (in the box on the acute sheets)
      para("<b>" + esc(label("outcome.now", L)) + "</b>", 11.5, false, 0, 0, 1 * kMm);
      for (const auto& n : o.now) para("<b>• " + esc(n.text) + "</b>", 10.5, false, 3 * kMm);
    }
    para("<b>" + esc(label("outcome.step", L)) + ":</b> " + esc(o.step_name) + (o.step_title.empty() ? "" : " – " + esc(o.step_title)),
         10.5);
    if (o.text_lang != o.lang) para("<i>" + esc(label("outcome.language_note", L)) + "</i>", 9.5);
    if (!o.step_summary.empty()) para(esc(o.step_summary), 10);
    if (!o.note.empty()) para(esc(o.note), 10);
    checklist();
    if (!o.next_text.empty()) para("<b>" + esc(label("outcome.next", L)) + ":</b> " + esc(o.next_text), 10.5);
    para("<i>" + esc(label("outcome.document_here", L)) + "</i>", 9.5, false, 0, 0.2);
    contacts();
    phone_qr();
    laws();
    links();
    footer();
    cairo_show_page(cr);
  }
};

// One pass over the sheet into `out` (null: bytes dropped); returns the number of pages, 0 on a
// cairo error. `pages` is what the footers say ("Side n av m"; 0 in the counting pass).
int render_pass(const Outcome& o, const std::string& printed, int pages, std::string* out) {
  cairo_surface_t* s = cairo_pdf_surface_create_for_stream(write_to_string, out, kPageW, kPageH);
  cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, label("export.sheet_title", o.text_lang).c_str());
  cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "Veiviser");
  cairo_t* cr = cairo_create(s);
  Sheet sheet{o, cr, printed, pages};
  sheet.render();
  cairo_status_t st = cairo_status(cr);
  cairo_destroy(cr);
  cairo_surface_finish(s);
  if (st == CAIRO_STATUS_SUCCESS) st = cairo_surface_status(s);
  cairo_surface_destroy(s);
  return st == CAIRO_STATUS_SUCCESS ? sheet.page : 0;
}

}  // namespace

std::string render_pdf(const Outcome& o) { return render_pdf(o, print_date_today()); }

std::string render_pdf(const Outcome& o, const PrintDate& date) {
  // Twice: the first pass counts the pages for "Side n av m" (the layout does not depend on it).
  const std::string printed = print_date_text(date, o.text_lang);
  int pages = render_pass(o, printed, 0, nullptr);
  std::string out;
  if (pages == 0 || render_pass(o, printed, pages, &out) != pages) return {};
  return out;
}

}  // namespace vv
