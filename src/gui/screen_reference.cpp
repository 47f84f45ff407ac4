// "Oppslag": browse a pack's whole procedure (sections, every step with items, tips, links,
// laws) without answering questions, or compare two packs' handling of one stage side by side.
#include <imgui.h>

#include <algorithm>

#include "labels.hpp"
#include "screens.hpp"
#include "touch_scroll.hpp"
#include "outcome.hpp"
#include "outcome_format.hpp"
#include "theme.hpp"
#include "labels.hpp"
#include "screens.hpp"
#include "widgets.hpp"

namespace vv::gui {
namespace {

// One language rule for a pack's text, as in every outcome: the UI language where the pack
// has it, otherwise wholly the pack's own language.
std::string T(const Text& t, const App& app, const Pack& p) { return tr(t, outcome_language(p, app.lang()), p.language); }

void law_lines(App& app, const std::vector<std::string>& ids) {
  for (const auto& id : ids)
    if (const Law* law = app.content().find_law(id)) {
      OutcomeLaw ol = resolve_law(*law, app.screen_lang());
      ImGui::Bullet();
      ImGui::SameLine();
      ImGui::BeginGroup();
      para(ol.ref + (ol.title.empty() ? "" : " – " + ol.title));
      muted(law_status_label(ol.status, app.screen_lang()) + ", " + label("outcome.checked", app.screen_lang()) + " " + ol.checked +
            (ol.status != LawStatus::in_force && !ol.note.empty() ? "   ·   " + ol.note : ""));
      ImGui::EndGroup();
    }
}

void links(App& app, const Pack& p, const std::vector<Link>& ls) {
  for (const Link& lk : ls) {
    ImGui::BeginGroup();
    para(T(lk.title, app, p));
    qr_code(lk.url, 180);
    muted(lk.url);
    ImGui::EndGroup();
  }
}

void item_block(App& app, const Pack& p, const Item& it) {
  const std::string& l = app.screen_lang();
  ImGui::Bullet();
  ImGui::SameLine();
  ImGui::BeginGroup();
  para(T(it.text, app, p));
  muted(label("outcome.who", l) + ": " + T(it.who, app, p) + "   ·   " + label("outcome.source", l) + ": " + it.source);
  if (!T(it.how, app, p).empty()) label_value(label("outcome.how", l), T(it.how, app, p));
  if (!it.tools.empty()) {
    std::string s;
    for (const auto& t : it.tools) s += (s.empty() ? "" : ", ") + T(t, app, p);
    label_value(label("outcome.tools", l), s);
  }
  ImGui::EndGroup();
}

void step_block(App& app, const Pack& p, const Step& st) {
  const std::string& l = app.screen_lang();
  if (!T(st.summary, app, p).empty()) para(T(st.summary, app, p));
  std::string used;
  for (const auto& [stage, m] : p.stages) {
    bool here = std::any_of(m.variants.begin(), m.variants.end(), [&](const Variant& v) { return v.step == st.id; });
    if (here) used += (used.empty() ? "" : ", ") + tr(app.content().stage_names.count(stage) ? app.content().stage_names.at(stage) : Text{}, l);
  }
  if (!used.empty()) muted(label("ref.stages_here", l) + ": " + used);
  for (const Item& it : st.items) item_block(app, p, it);
  for (const Tip& t : st.tips) {
    ImGui::PushFont(fonts().bold);
    text_line(label("outcome.tips", l) + ":");
    ImGui::PopFont();
    ImGui::SameLine();
    para(T(t.text, app, p) + "  (" + t.source + ")");
  }
  if (!T(st.next_text, app, p).empty()) label_value(label("outcome.next", l), T(st.next_text, app, p));
  law_lines(app, st.laws);
  links(app, p, st.links);
}

void pack_row(App& app, std::string& sel, const std::string& prefix) {
  int i = 0;
  for (const Pack& p : app.content().packs) {
    if (i++) ImGui::SameLine();
    if (ImGui::GetCursorPosX() + ImGui::CalcTextSize(T(p.name, app, p).c_str()).x + 40 > ImGui::GetContentRegionMax().x) ImGui::NewLine();
    if (big_button(prefix + p.id, T(p.name, app, p), ImVec2(0, 0), sel == p.id ? Look::selected : Look::quiet)) sel = p.id;
  }
}

void browse(App& app) {
  const std::string& l = app.screen_lang();
  pack_row(app, app.state().ref.pack, "ref.pack.");
  const Pack* p = app.content().find_pack(app.state().ref.pack);
  if (!p) return;
  ImGui::BeginChild("##browse", ImVec2(0, 0), false);
  touch_scroll_area();
  heading(T(p->title, app, *p));
  muted(p->owner + "   ·   " + p->version + "   ·   " + label("outcome.content_checked", l) + " " + p->laws_checked);
  para(T(p->intro, app, *p));
  // Rows at least 48 px tall, like every other touch target.
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                      ImVec2(ImGui::GetStyle().FramePadding.x, std::max(ImGui::GetStyle().FramePadding.y, (kTouch - ImGui::GetFontSize()) / 2)));
  subheading(label("ref.sections", l));
  for (const Section& s : p->sections) {
    if (fold_header("ref.section." + s.id, T(s.title, app, *p))) {
      ImGui::Indent();
      for (const Text& para_t : s.paragraphs) para(T(para_t, app, *p));
      muted(label("outcome.source", l) + ": " + s.source);
      law_lines(app, s.laws);
      links(app, *p, s.links);
      ImGui::Unindent();
    }
  }
  subheading(label("ref.steps", l));
  for (const Step& st : p->steps) {
    bool open = fold_header("ref.step." + st.id, T(st.name, app, *p) + " – " + T(st.title, app, *p),
                            p->steps.size() <= 3 ? ImGuiTreeNodeFlags_DefaultOpen : 0);
    if (open) {
      ImGui::Indent();
      step_block(app, *p, st);
      ImGui::Unindent();
    }
  }
  ImGui::PopStyleVar();
  ImGui::EndChild();
}

// One pack's handling of a stage: every variant, as the core's stage_view shows it at the
// example answers the core derives for it.
void compare_column(App& app, const Pack& p, Stage stage) {
  heading(T(p.name, app, p));
  for (const auto& ex : app.stage_examples(p).examples) {
    if (ex.stage != stage) continue;
    auto o = stage_view(app.content(), p, stage, ex.answers, app.lang());
    if (!o) continue;
    const std::string& l = o->text_lang;
    subheading(label("ref.maps_to", l) + ": " + o->step_name + " – " + o->step_title);
    std::string answers;
    for (const auto& w : o->why) answers += (answers.empty() ? "" : "; ") + w.answer;
    muted(label("outcome.why", l) + ": " + answers);
    if (!o->note.empty()) label_value(label("out.note", l), o->note);
    for (const OutcomeItem& i : o->items) {
      ImGui::Bullet();
      ImGui::SameLine();
      ImGui::BeginGroup();
      para(i.text);
      muted(label("outcome.who", l) + ": " + i.who + "   ·   " + label("outcome.source", l) + ": " + i.source +
            (i.national ? "   ·   " + label("outcome.national", l) : ""));
      ImGui::EndGroup();
    }
  }
}

void compare(App& app) {
  const std::string& l = app.screen_lang();
  const Content& c = app.content();
  ImGui::BeginChild("##compare", ImVec2(0, 0), false);  // selectors and columns scroll as one page
  touch_scroll_area();
  if (app.state().ref.left.empty() && !c.packs.empty()) app.state().ref.left = c.packs[0].id;
  if (app.state().ref.right.empty() && c.packs.size() > 1) app.state().ref.right = c.packs[1].id;
  muted(label("ref.stage", l));
  int i = 0;
  for (Stage s : kStages) {
    std::string name = c.stage_names.count(s) ? tr(c.stage_names.at(s), l) : std::string(to_string(s));
    if (i++) ImGui::SameLine();
    if (ImGui::GetCursorPosX() + ImGui::CalcTextSize(name.c_str()).x + 40 > ImGui::GetContentRegionMax().x) ImGui::NewLine();
    if (big_button("ref.stage." + std::string(to_string(s)), name, ImVec2(0, 0), app.state().ref.stage == s ? Look::selected : Look::quiet))
      app.state().ref.stage = s;
  }
  muted(label("ref.left", l));
  pack_row(app, app.state().ref.left, "ref.left.");
  muted(label("ref.right", l));
  pack_row(app, app.state().ref.right, "ref.right.");
  ImGui::Separator();
  const Pack* a = c.find_pack(app.state().ref.left);
  const Pack* b = c.find_pack(app.state().ref.right);
  float w = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
  // On a small screen the selectors fill it: the columns keep a usable height below them.
  float h = std::max(ImGui::GetContentRegionAvail().y, ImGui::GetMainViewport()->Size.y * 0.6f);
  ImGui::BeginChild("##cmpL", ImVec2(w, h), true);
  touch_scroll_area();
  if (a) compare_column(app, *a, app.state().ref.stage);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("##cmpR", ImVec2(w, h), true);
  touch_scroll_area();
  if (b) compare_column(app, *b, app.state().ref.stage);
  ImGui::EndChild();
  ImGui::EndChild();
}

}  // namespace

void screen_reference(App& app) {
  const std::string& l = app.screen_lang();
  if (app.state().ref.pack.empty())
    app.state().ref.pack = !app.config().pack.empty() ? app.config().pack : app.content().packs.empty() ? "" : app.content().packs[0].id;
  if (big_button("ref.mode.browse", label("ref.browse", l), ImVec2(0, 0), !app.state().ref.compare ? Look::selected : Look::quiet))
    app.state().ref.compare = false;
  ImGui::SameLine();
  if (big_button("ref.mode.compare", label("ref.compare", l), ImVec2(0, 0), app.state().ref.compare ? Look::selected : Look::quiet))
    app.state().ref.compare = true;
  if (app.state().ref.compare) compare(app);
  else browse(app);
}

}  // namespace vv::gui
