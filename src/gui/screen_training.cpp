// "Opplæring": fictional cases; the trainee reads the story (it stays on screen while they
// answer), answers the questions, then sees, answer by answer, where their path and the
// case's differ, the expected step and why, with the source sections. Nothing is kept.
#include <imgui.h>

#include "labels.hpp"
#include "outcome.hpp"
#include "outcome_parts.hpp"
#include "screens.hpp"
#include "touch_scroll.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace vv::gui {
namespace {

std::string stage_name(const App& app, Stage s) {
  const auto& n = app.content().stage_names;
  return n.count(s) ? tr(n.at(s), app.lang()) : std::string(to_string(s));
}

// The case's path and the trainee's, question by question (the case's questions first).
void compare_paths(App& app, const Vignette& v, const Session& s) {
  const std::string& l = app.lang();
  Replay expected = replay(app.content(), v.answers);
  auto theirs = why_path(app.content(), expected.effective);
  auto mine = why_path(app.content(), s.answers());
  subheading(label("tr.path", l));
  for (size_t i = 0; i < theirs.size() || i < mine.size(); ++i) {
    const WhyStep* t = i < theirs.size() ? &theirs[i] : nullptr;
    const WhyStep* m = i < mine.size() ? &mine[i] : nullptr;
    const Question* q = t ? t->question : m->question;
    std::string yours = m && m->question == q ? answer_label(*q, m->value, l) : label("tr.not_asked", l);
    std::string key = t ? answer_label(*q, t->value, l) : label("tr.not_asked", l);
    bool same = yours == key;
    ImGui::PushFont(fonts().bold);
    if (!same) ImGui::PushStyleColor(ImGuiCol_Text, to_vec4(palette(app.high_contrast()).danger));
    para((same ? "" : label("tr.differs", l) + ": ") + tr(question_text(*q, expected.effective), l));
    if (!same) ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::Indent();
    label_value(label("tr.you_answered", l), yours);
    if (!same) label_value(label("tr.case_answer", l), key);
    ImGui::Unindent();
  }
}

void result(App& app, const Vignette& v, Session& s) {
  const std::string& l = app.lang();
  auto mine = s.stage();
  const Pack* p = app.content().find_pack(v.pack);
  bool match = mine && *mine == v.expected;
  ImGui::PushStyleColor(ImGuiCol_Text, to_vec4(match ? palette(app.high_contrast()).ok : palette(app.high_contrast()).danger));
  heading(label("tr.result", l) + ": " + (match ? label("tr.match", l) : label("tr.nomatch", l)));
  ImGui::PopStyleColor();
  register_marker(match ? "training.match" : "training.nomatch");
  if (mine) label_value(label("tr.yours", l), stage_name(app, *mine));
  Replay r = replay(app.content(), v.answers);
  auto expected = p ? build_outcome(app.content(), *p, r.effective, l) : std::nullopt;
  label_value(label("tr.expected", l), stage_name(app, v.expected) + (expected ? "   –   " + expected->step_name + ": " + expected->step_title : ""));
  compare_paths(app, v, s);
  subheading(label("tr.why", l));
  para(tr(v.why, l));
  subheading(label("tr.sources", l));
  for (const auto& src : v.sources) bullet_para(src);
  if (expected) {
    subheading(label("tr.route", l));
    draw_checklist(app, *expected, false);
  }
}

void list(App& app) {
  const std::string& l = app.lang();
  TrainState& t = app.state().train;
  ImGui::BeginChild("##trlist", ImVec2(0, 0), false);
  touch_scroll_area();
  heading(label("tr.title", l));
  para(label("tr.lead", l));
  const auto& vignettes = app.content().vignettes;
  if (vignettes.empty()) muted(label("tr.none", l));
  int i = 0;
  for (const Vignette& v : vignettes) {
    const Pack* p = app.content().find_pack(v.pack);
    std::string text = tr(v.title, l) + (p ? "   (" + tr(p->name, l, p->language) + ")" : "");
    if (big_button("training.vignette." + std::to_string(i), text, ImVec2(-1, 0), Look::quiet)) {
      t.index = i;
      t.answering = false;
    }
    ++i;
  }
  ImGui::EndChild();
}

}  // namespace

void screen_training(App& app) {
  const std::string& l = app.lang();
  TrainState& t = app.state().train;
  const auto& vignettes = app.content().vignettes;
  if (t.index < 0 || t.index >= static_cast<int>(vignettes.size())) {
    t.index = -1;
    return list(app);
  }
  const Vignette& v = vignettes[static_cast<size_t>(t.index)];
  ImGui::BeginChild("##trbody", ImVec2(0, -bottom_bar_height()), false);
  touch_scroll_area();
  muted(label("tr.title", l) + "   ·   " + tr(v.title, l));
  if (!t.answering) {
    heading(label("tr.story", l));
    para(tr(v.story, l));
    if (big_button("training.start", label("tr.start", l), ImVec2(-1, 0), Look::primary)) {
      t.session = std::make_unique<Session>(app.content());
      t.session->choose_pack(v.pack);
      t.session->choose_language(l);
      t.answering = true;
    }
  } else if (t.session && !t.session->complete()) {
    if (fold_header("training.story", label("tr.story", l), ImGuiTreeNodeFlags_DefaultOpen)) para(tr(v.story, l));
    ImGui::Separator();
    screen_question(app, *t.session, "answer");
  } else if (t.session) {
    result(app, v, *t.session);
  }
  ImGui::EndChild();
  ImGui::Separator();
  FixedBar bar("bottom bar");
  if (big_button("nav.back", label("q.back", l), ImVec2(0, 0), Look::quiet)) {
    if (t.answering && t.session && t.session->answered_count() > 0) t.session->back();
    else if (t.answering) t.answering = false, t.session.reset();
    else t.index = -1;
  }
  ImGui::SameLine();
  if (big_button("training.list", label("tr.list", l), ImVec2(0, 0), Look::quiet)) {
    t.session.reset();
    t.index = -1;
    t.answering = false;
  }
}

}  // namespace vv::gui
