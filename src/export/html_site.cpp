// Static HTML edition of a pack and single-page HTML of an outcome (see html_site.hpp).
#include "html_site.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>

#include "answers.hpp"
#include "call_block.hpp"
#include "html_call.hpp"
#include "labels.hpp"
#include "outcome_format.hpp"
#include "phone_text.hpp"
#include "qr.hpp"

namespace vv {
namespace {

constexpr const char* kCss = R"(/* Veiviser HTML edition */
body{font-family:"Noto Sans",system-ui,sans-serif;max-width:52rem;margin:0 auto;padding:1rem 1.2rem 3rem;color:#1a1a1a;line-height:1.45}
h1{font-size:1.7rem;margin:.3rem 0}h2{font-size:1.3rem;margin-top:2rem;border-bottom:2px solid #d8e2ea}
h3{font-size:1.08rem;margin:1.2rem 0 .3rem}
nav{font-size:.95rem;margin-bottom:1rem}nav a{margin-right:1rem}
.sub{color:#555}.meta{color:#444;font-size:.9rem}.note{background:#f3f6f9;border-left:4px solid #6b8fb3;padding:.5rem .8rem}
ol.checklist{list-style:none;padding-left:0;counter-reset:item}
ol.checklist>li{counter-increment:item;position:relative;padding:.4rem 0 .5rem 2.4rem;border-bottom:1px solid #eee}
ol.checklist>li::before{content:"";position:absolute;left:.2rem;top:.55rem;width:1rem;height:1rem;border:2px solid #333;border-radius:2px}
ol.checklist>li>.text::before{content:counter(item) ". ";font-weight:bold}
dl.item{margin:.3rem 0 0;font-size:.9rem;color:#333;display:grid;grid-template-columns:max-content 1fr;gap:.1rem .6rem}
dl.item dt{font-weight:bold}dl.item dd{margin:0}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccd;padding:.35rem .5rem;text-align:left;vertical-align:top}
.unconfirmed{color:#8a3b00;font-weight:bold}
.qr{display:flex;gap:1rem;align-items:flex-start;margin-top:1.5rem}.qr svg{width:12rem;height:12rem;flex:none}
footer{margin-top:2.5rem;border-top:1px solid #ccc;padding-top:.5rem;color:#555;font-size:.85rem}
.call-now{border:.35rem solid #a30000;border-radius:4px;padding:0 1rem .6rem;margin:.5rem 0 1.5rem}
.call-now.amber{border-color:#8a4b00}
.call-now>h1,.call-now>h2,.call-now>h3{background:#a30000;color:#fff;margin:0 -1rem .7rem;padding:.5rem 1rem;font-size:1.45rem;border:0}
.call-now.amber>h1,.call-now.amber>h2,.call-now.amber>h3{background:#8a4b00}
.call-now .lead{font-size:1.08rem;margin:.3rem 0}.call-now .call-label{margin:.6rem 0 .3rem}
ul.call{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:.5rem}
ul.call a{display:flex;gap:.7rem;align-items:center;min-height:3rem;padding:.35rem .7rem;border:2px solid #333;border-radius:6px;color:#1a1a1a;text-decoration:none;white-space:normal}
ul.call .num{font-size:1.6rem;font-weight:bold;white-space:nowrap}ul.call .name{font-weight:bold}
.call-now .rule{font-size:1.08rem;margin:.8rem 0 .2rem}.call-now .rule:not(.also)>b:first-child{font-size:1.3rem}
a[href^="tel:"]{white-space:nowrap}
@media print{nav{display:none}body{max-width:none}.call-now>h1,.call-now>h2,.call-now>h3{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
)";

std::string e(const std::string& s) { return html_escape(s); }

// Every number in the content (local first): what with_tel_links() links on the site's pages.
std::vector<std::string> content_phones(const Content& c) {
  std::vector<std::string> out;
  for (const auto* list : {&c.local_contacts, &c.national_contacts})
    for (const auto& ct : *list)
      if (!ct.phone.empty()) out.push_back(ct.phone);
  return out;
}

// The call blocks of the acute stages among `examples` whose outcome shows step `step_id`
// (every step when empty), in stage order.
std::vector<CallBlock> call_blocks_for_step(const Content& c, const Pack& p, const StageExamples& examples, const std::string& step_id) {
  std::vector<CallBlock> out;
  for (const auto& ex : examples.examples) {
    if (!leads_with_call_block(ex.stage)) continue;
    auto o = stage_view(c, p, ex.stage, ex.answers, p.language);
    if (!o || o->step_id != step_id) continue;
    if (auto b = call_block(*o)) out.push_back(*b);
  }
  return out;
}

std::string page(const std::string& lang, const std::string& title, const std::string& head_css, const std::string& body) {
  return "<!DOCTYPE html>\n<html lang=\"" + e(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n" +
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + e(title) + "</title>\n" +
         head_css + "</head>\n<body>\n" + body + "</body>\n</html>\n";
}

std::string a(const std::string& href, const std::string& text) { return "<a href=\"" + e(href) + "\">" + e(text) + "</a>"; }

std::string step_file(const std::string& id) {
  std::string f = "step-";
  for (char ch : id) f += (std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_') ? ch : '_';
  return f + ".html";
}

std::string law_line(const OutcomeLaw& l, const std::string& L) {
  std::string s = "<li>" + (l.url.empty() ? "<b>" + e(l.ref) + "</b>" : "<a href=\"" + e(l.url) + "\"><b>" + e(l.ref) + "</b></a>");
  s += " – " + e(l.title) + " <span class=\"meta\">(" + e(label("outcome.checked", L)) + " " + e(l.checked) + ", ";
  s += l.status == LawStatus::unconfirmed ? "<span class=\"unconfirmed\">" + e(label("outcome.unconfirmed", L)) + "</span>"
                                          : e(law_status_label(l.status, L));
  s += ")</span>";
  if (!l.note.empty()) s += "<br><span class=\"meta\">" + e(l.note) + "</span>";
  return s + "</li>\n";
}

std::string laws_list(const Content& c, const std::vector<std::string>& ids, const std::string& L) {
  std::string s;
  for (const auto& id : ids)
    if (const Law* law = c.find_law(id)) s += law_line(resolve_law(*law, L), L);
  return s.empty() ? "" : "<ul>\n" + s + "</ul>\n";
}

std::string links_list(const std::vector<Link>& links, const std::string& L) {
  if (links.empty()) return "";
  std::string s = "<ul>\n";
  for (const auto& l : links) s += "<li>" + a(l.url, tr(l.title, L)) + " <span class=\"meta\">" + e(l.url) + "</span></li>\n";
  return s + "</ul>\n";
}

std::string footer(const Pack& p, const std::string& L) {
  return "<footer>" + e(label("export.edition_note", L)) + " " + e(label("outcome.no_personal_data", L)) + "<br>" +
         e(label("outcome.content_checked", L)) + " " + e(p.laws_checked) + ". " + e(p.owner) + ", " + e(label("export.version", L)) +
         " " + e(p.version) + ".</footer>\n";
}

std::string nav(const Pack& p, const std::string& L) {
  return "<nav>" + a("index.html", label("export.home", L)) + a("stages.html", label("export.stages", L)) + "</nav>\n<p class=\"sub\">" +
         e(tr(p.name, L)) + " – " + e(tr(p.title, L)) + "</p>\n";
}

// Items of an outcome as a checklist with who and source under each.
std::string outcome_checklist(const Outcome& o) {
  const std::string& L = o.lang;
  std::string s = "<ol class=\"checklist\">\n";
  for (const auto& it : o.items) {
    s += "<li><span class=\"text\">" + e(it.text) + "</span>\n<dl class=\"item\"><dt>" + e(label("outcome.who", L)) + "</dt><dd>" +
         e(it.who) + "</dd>";
    if (!it.how.empty()) s += "<dt>" + e(label("outcome.how", L)) + "</dt><dd>" + e(it.how) + "</dd>";
    s += "<dt>" + e(label("outcome.source", L)) + "</dt><dd>" + e(it.source) +
         (it.national ? " (" + e(label("outcome.national", L)) + ")" : "") + "</dd></dl></li>\n";
  }
  return s + "</ol>\n";
}

// «Gjør dette nå»: the 2-3 national lines (on the acute pages they are in the call block).
std::string now_html(const Outcome& o) {
  if (o.now.empty()) return "";
  std::string s = "<section class=\"now\"><h2>" + e(label("outcome.now", o.text_lang)) + "</h2>\n<ul>\n";
  for (const auto& n : o.now) s += "<li><b>" + e(n.text) + "</b></li>\n";
  return s + "</ul></section>\n";
}

std::string contacts_html(const Outcome& o) {
  if (o.contacts.empty()) return "";
  std::string s = "<h3>" + e(label("outcome.contacts", o.lang)) + "</h3>\n<ul>\n";
  for (const auto& c : o.contacts)
    s += "<li><b>" + e(c.phone) + "</b> " + e(c.name) + (c.when.empty() ? "" : " – " + e(c.when)) + "</li>\n";
  return s + "</ul>\n";
}

std::string qr_svg(const std::string& text) {
  auto m = make_qr(text, 40);
  if (!m) return "";
  int n = m->size + 2 * kQrQuietZone;
  std::string path;
  for (int y = 0; y < m->size; ++y)
    for (int x = 0; x < m->size; ++x)
      if (m->dark(x, y))
        path += "M" + std::to_string(x + kQrQuietZone) + " " + std::to_string(y + kQrQuietZone) + "h1v1h-1z";
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + std::to_string(n) + " " + std::to_string(n) +
         "\" shape-rendering=\"crispEdges\" role=\"img\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path +
         "\" fill=\"#000\"/></svg>";
}

std::string answers_html(const Content& c, const Answers& ans, const std::string& L) {
  std::string s = "<ul class=\"meta\">\n";
  for (const auto& q : c.questions) {
    auto it = ans.find(q.key);
    if (it == ans.end()) continue;
    s += "<li>" + e(tr(question_text(q, ans), L)) + " <b>" + e(answer_label(q, it->second, L)) + "</b></li>\n";
  }
  return s + "</ul>\n";
}

bool write_file(const std::filesystem::path& p, const std::string& data, std::string* error) {
  std::ofstream f(p, std::ios::binary | std::ios::trunc);
  f.write(data.data(), static_cast<std::streamsize>(data.size()));
  f.close();
  if (!f) {
    if (error) *error = "cannot write " + p.string();
    return false;
  }
  return true;
}

const std::string kCssLink = "<link rel=\"stylesheet\" href=\"style.css\">\n";

std::string index_page(const Content& c, const Pack& p) {
  const std::string& L = p.language;
  std::string b = "<header><h1>" + e(tr(p.title, L)) + "</h1>\n<p class=\"sub\">" + e(tr(p.name, L)) + (p.owner == tr(p.name, L) ? "" : " · " + e(p.owner)) + " · " +
                  e(label("export.version", L)) + " " + e(p.version) + "</p></header>\n";
  b += "<nav>" + a("stages.html", label("export.stages", L)) + "</nav>\n";
  b += "<p>" + e(tr(p.intro, L)) + "</p>\n";
  if (!p.source_title.empty())
    b += "<p class=\"meta\">" + e(label("export.source_doc", L)) + ": " +
         (p.source_url.empty() ? e(p.source_title) : a(p.source_url, p.source_title)) + "</p>\n";
  b += "<h2>" + e(label("export.all_steps", L)) + "</h2>\n<ol>\n";
  for (const auto& s : p.steps)
    b += "<li>" + a(step_file(s.id), tr(s.name, L)) + " – " + e(tr(s.title, L)) + "<br><span class=\"meta\">" +
         e(tr(s.summary, L)) + "</span></li>\n";
  b += "</ol>\n<h2>" + e(label("export.stage_map", L)) + "</h2>\n<table>\n<tr><th>" + e(label("outcome.stage", L)) + "</th><th>" +
       e(label("outcome.step", L)) + "</th></tr>\n";
  for (Stage st : kStages) {
    auto m = p.stages.find(st);
    if (m == p.stages.end()) continue;
    auto sn = c.stage_names.find(st);
    std::string steps;
    for (const auto& v : m->second.variants) {
      const Step* step = p.find_step(v.step);
      std::string link = step ? a(step_file(step->id), tr(step->name, L)) : e(v.step);
      if (steps.find(link) == std::string::npos) steps += (steps.empty() ? "" : " / ") + link;
    }
    // The stage's name as text (a number in it becomes a tel: link), then a link to its checklist.
    b += "<tr><td>" + e(sn != c.stage_names.end() ? tr(sn->second, L) : std::string(to_string(st))) + " – " +
         a("stages.html#" + std::string(to_string(st)), label("outcome.checklist", L)) + "</td><td>" + steps + "</td></tr>\n";
  }
  b += "</table>\n";
  if (!p.sections.empty()) b += "<h2>" + e(label("export.about", L)) + "</h2>\n";
  for (const auto& sec : p.sections) {
    b += "<section id=\"" + e(sec.id) + "\"><h3>" + e(tr(sec.title, L)) + "</h3>\n";
    for (const auto& para : sec.paragraphs) b += "<p>" + e(tr(para, L)) + "</p>\n";
    b += links_list(sec.links, L) + laws_list(c, sec.laws, L);
    b += "<p class=\"meta\">" + e(label("outcome.source", L)) + ": " + e(sec.source) + "</p></section>\n";
  }
  return page(L, tr(p.title, L), kCssLink, with_tel_links(b + footer(p, L), content_phones(c)));
}

std::string step_page(const Content& c, const Pack& p, const Step& s, const StageExamples& examples) {
  const std::string& L = p.language;
  // A step an acute stage shows leads with that stage's numbers and parents rule.
  std::vector<CallBlock> blocks = call_blocks_for_step(c, p, examples, s.id);
  const char* h = blocks.empty() ? "h1" : "h2";
  std::string b = call_block_html(blocks, 1) + nav(p, L) + "<" + h + ">" + e(tr(s.name, L)) + " – " + e(tr(s.title, L)) + "</" + h + ">\n";
  if (!tr(s.summary, L).empty()) b += "<p>" + e(tr(s.summary, L)) + "</p>\n";
  b += "<p class=\"meta\">" + e(label("outcome.source", L)) + ": " + e(s.source) + "</p>\n";
  b += "<h2>" + e(label("export.items_of_step", L)) + "</h2>\n<ol class=\"checklist\">\n";
  for (const auto& it : s.items) {
    b += "<li id=\"" + e(it.id) + "\"><span class=\"text\">" + e(tr(it.text, L)) + "</span>\n<dl class=\"item\">";
    if (!tr(it.how, L).empty()) b += "<dt>" + e(label("outcome.how", L)) + "</dt><dd>" + e(tr(it.how, L)) + "</dd>";
    b += "<dt>" + e(label("outcome.who", L)) + "</dt><dd>" + e(tr(it.who, L)) + "</dd>";
    if (!it.tools.empty()) {
      std::string t;
      for (const auto& tool : it.tools) t += (t.empty() ? "" : "; ") + tr(tool, L);
      b += "<dt>" + e(label("outcome.tools", L)) + "</dt><dd>" + e(t) + "</dd>";
    }
    b += "<dt>" + e(label("outcome.source", L)) + "</dt><dd>" + e(it.source) + "</dd>";
    if (!it.laws.empty()) {
      std::string refs;
      for (const auto& id : it.laws)
        if (const Law* law = c.find_law(id)) refs += (refs.empty() ? "" : "; ") + tr(law->ref, L);
      if (!refs.empty()) b += "<dt>" + e(label("outcome.laws", L)) + "</dt><dd>" + e(refs) + "</dd>";
    }
    b += "</dl></li>\n";
  }
  b += "</ol>\n";
  if (!s.tips.empty()) {
    b += "<h2>" + e(label("outcome.tips", L)) + "</h2>\n<ul>\n";
    for (const auto& t : s.tips) b += "<li>" + e(tr(t.text, L)) + " <span class=\"meta\">(" + e(t.source) + ")</span></li>\n";
    b += "</ul>\n";
  }
  if (!s.tools.empty()) {
    b += "<h2>" + e(label("outcome.tools", L)) + "</h2>\n<ul>\n";
    for (const auto& t : s.tools) b += "<li>" + e(tr(t, L)) + "</li>\n";
    b += "</ul>\n";
  }
  if (!s.links.empty()) b += "<h2>" + e(label("outcome.links", L)) + "</h2>\n" + links_list(s.links, L);
  // Every law the step or its items refer to.
  std::vector<std::string> law_ids = s.laws;
  for (const auto& it : s.items)
    for (const auto& id : it.laws)
      if (std::find(law_ids.begin(), law_ids.end(), id) == law_ids.end()) law_ids.push_back(id);
  if (std::string ll = laws_list(c, law_ids, L); !ll.empty()) b += "<h2>" + e(label("outcome.laws", L)) + "</h2>\n" + ll;
  if (!s.next_step.empty() || !tr(s.next_text, L).empty()) {
    b += "<h2>" + e(label("outcome.next", L)) + "</h2>\n<p>";
    const Step* next = p.find_step(s.next_step);
    b += next ? a(step_file(next->id), tr(s.next_text, L).empty() ? tr(next->name, L) : tr(s.next_text, L)) : e(tr(s.next_text, L));
    b += "</p>\n";
  }
  return page(L, tr(s.name, L) + " – " + tr(p.name, L), kCssLink, with_tel_links(b + footer(p, L), content_phones(c)));
}

std::string stages_page(const Content& c, const Pack& p, const StageExamples& examples) {
  const std::string& L = p.language;
  std::string b = nav(p, L) + "<h1>" + e(label("export.stages", L)) + "</h1>\n";
  // Every stage and variant, at the example answers the core derives (never hard-coded).
  Stage previous = Stage::level3;
  bool first = true;
  for (const auto& ex : examples.examples) {
    auto o = stage_view(c, p, ex.stage, ex.answers, L);
    if (!o) continue;
    const Answers* ans = &ex.answers;
    bool new_stage = first || ex.stage != previous;
    first = false;
    previous = ex.stage;
    b += "<section" + (new_stage ? " id=\"" + std::string(to_string(ex.stage)) + "\"" : std::string()) + "><h2>" +
         e(o->stage_name) + "</h2>\n";
    if (auto cb = call_block(*o)) b += call_block_html({*cb}, 3);  // the acute stages lead with the numbers
    else b += now_html(*o);
    b += "<p><b>" + e(label("outcome.step", L)) + ":</b> " + a(step_file(o->step_id), o->step_name) + " – " + e(o->step_title) + "</p>\n";
    b += "<details><summary>" + e(label("export.example_answers", L)) + "</summary>\n" + answers_html(c, *ans, L) + "</details>\n";
    if (!o->note.empty()) b += "<p class=\"note\">" + e(o->note) + "</p>\n";
    b += outcome_checklist(*o) + contacts_html(*o) + "</section>\n";
  }
  return page(L, label("export.stages", L) + " – " + tr(p.name, L), kCssLink, with_tel_links(b + footer(p, L), content_phones(c)));
}

}  // namespace

std::string html_escape(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char ch : s) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += ch;
    }
  }
  return out;
}

bool export_html_site(const Content& c, const Pack& p, const std::string& out_dir, std::string* error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec || !fs::is_directory(out_dir)) {
    if (error) *error = "cannot create directory " + out_dir + (ec ? ": " + ec.message() : "");
    return false;
  }
  const StageExamples ex = stage_examples(c, p);
  if (!ex.unreachable.empty()) {
    if (error)
      *error = "pack '" + p.id + "': no answers reach stage '" + std::string(to_string(ex.unreachable.front().first)) +
               "' (variant " + std::to_string(ex.unreachable.front().second + 1) + "); run veiviser check";
    return false;
  }
  fs::path dir(out_dir);
  if (!write_file(dir / "style.css", kCss, error) || !write_file(dir / "index.html", index_page(c, p), error) ||
      !write_file(dir / "stages.html", stages_page(c, p, ex), error))
    return false;
  for (const auto& s : p.steps)
    if (!write_file(dir / step_file(s.id), step_page(c, p, s, ex), error)) return false;
  return true;
}

std::string render_outcome_html(const Outcome& o) {
  const std::string& L = o.text_lang.empty() ? o.lang : o.text_lang;
  // An acute outcome leads with the numbers to call and the parents rule, above everything else.
  auto cb = call_block(o);
  const std::string h = cb ? "h2" : "h1";
  std::string b = cb ? call_block_html({*cb}, 1) : "";
  // The situation is the heading; the pack's own step comes under it (it may not contradict it).
  b += "<header><p class=\"sub\">" + e(o.pack_name) + " – " + e(o.pack_title) + "</p>\n<" + h + ">" + e(o.stage_name) + "</" + h +
       ">\n<p><b>" + e(label("outcome.step", L)) + ":</b> " + e(o.step_name) + (o.step_title.empty() ? "" : " – " + e(o.step_title)) +
       "</p></header>\n";
  if (!cb) b += now_html(o);
  if (o.text_lang != o.lang) b += "<p class=\"meta\">" + e(label("outcome.language_note", L)) + "</p>\n";
  if (!o.step_summary.empty()) b += "<p>" + e(o.step_summary) + "</p>\n";
  if (!o.note.empty()) b += "<p class=\"note\">" + e(o.note) + "</p>\n";
  for (const auto& n : o.notices) b += "<p class=\"note\"><b>" + e(n) + "</b></p>\n";
  b += "<h2>" + e(label("outcome.checklist", L)) + "</h2>\n" + outcome_checklist(o);
  if (!o.next_text.empty()) b += "<p><b>" + e(label("outcome.next", L)) + ":</b> " + e(o.next_text) + "</p>\n";
  b += "<p class=\"meta\">" + e(label("outcome.document_here", L)) + "</p>\n" + contacts_html(o);
  if (!o.laws.empty()) {
    b += "<h2>" + e(label("outcome.laws", L)) + "</h2>\n<ul>\n";
    for (const auto& l : o.laws) b += law_line(l, L);
    b += "</ul>\n";
  }
  if (!o.links.empty()) {
    b += "<h2>" + e(label("outcome.links", L)) + "</h2>\n<ul>\n";
    for (const auto& l : o.links) b += "<li>" + a(l.url, l.title) + " <span class=\"meta\">" + e(l.url) + "</span></li>\n";
    b += "</ul>\n";
  }
  b += "<div class=\"qr\">" + qr_svg(checklist_phone_text(o)) + "<p><b>" + e(label("export.phone_qr", L)) + "</b><br>" +
       e(label("export.phone_qr_help", L)) + "</p></div>\n";
  b += "<footer>" + e(label("outcome.no_personal_data", L)) + " " + e(label("outcome.content_checked", L)) + " " + e(o.laws_checked) + ". " +
       e(o.pack_name) + ", " + e(label("export.version", L)) + " " + e(o.pack_version) + ".</footer>\n";
  std::string lang = o.text_lang.empty() ? L : o.text_lang;
  std::vector<std::string> phones;
  for (const auto& c : o.contacts) phones.push_back(c.phone);
  return page(lang, label("export.sheet_title", L), "<style>\n" + std::string(kCss) + "</style>\n", with_tel_links(b, phones));
}

}  // namespace vv
