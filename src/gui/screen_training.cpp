// "Opplæring": fictional vignettes; the learner reads the story, answers the questions, then
// sees the expected route and why, with the source sections. Nothing about the learner is kept.
#include <imgui.h>

#include "app.hpp"
#include "labels.hpp"
#include "outcome.hpp"
#include "theme.hpp"
#include "labels.hpp"
#include "widgets.hpp"

namespace vv::gui {
namespace {

std::string stage_name(const App& app, Stage s) {
  const auto& n = app.content().stage_names;
  return n.count(s) ? tr(n.at(s), app.lang()) : std::string(to_string(s));
}

void result(App& app, const Vignette& v, Session& s) {
  const std::string& l = app.lang();
  auto mine = s.stage();
  const Pack* p = app.content().find_pack(v.pack);
  bool match = mine && *mine == v.expected;
  heading(label("tr.result", l) + ": " + (match ? label("tr.match", l) : label("tr.nomatch", l)));
  registry()[match ? "training.match" : "training.nomatch"] = Rect{0, 0, 0, 0};
  if (mine) label_value(label("tr.yours", l), stage_name(app, *mine));
  Replay r = replay(app.content(), v.answers);
  auto expected = p ? build_outcome(app.content(), *p, r.effective, l) : std::nullopt;
  label_value(label("tr.expected", l), stage_name(app, v.expected) + (expected ? "   –   " + expected->step_name + ": " + expected->step_title : ""));
  subheading(label("tr.why", l));
  para(tr(v.why, l));
  subheading(label("tr.sources", l));
  for (const auto& src : v.sources) {
    ImGui::Bullet();
    ImGui::SameLine();
    para(src);
  }
  if (expected) {
    subheading(label("tr.route", l));
    draw_checklist(app, *expected, false);
  }
}

}  // namespace

void screen_training(App& app) {
  const std::string& l = app.lang();
  TrainState& t = app.train;
  const TrainingData& data = app.training();
  if (t.index < 0 || t.index >= static_cast<int>(data.vignettes.size())) {
    t.index = -1;
    ImGui::BeginChild("##trlist", ImVec2(0, 0), false);
    heading(label("tr.title", l));
    para(label("tr.lead", l));
    if (data.vignettes.empty()) muted(label("tr.none", l));
    for (const auto& e : data.errors) muted(e);
    int i = 0;
    for (const Vignette& v : data.vignettes) {
      const Pack* p = app.content().find_pack(v.pack);
      std::string label = tr(v.title, l) + (p ? "   (" + tr(p->name, l, p->language) + ")" : "");
      if (big_button("training.vignette." + std::to_string(i), label, ImVec2(-1, 0), Look::quiet)) {
        t.index = i;
        t.answering = false;
      }
      ++i;
    }
    ImGui::EndChild();
    return;
  }
  const Vignette& v = data.vignettes[static_cast<size_t>(t.index)];
  ImGui::BeginChild("##trbody", ImVec2(0, -bottom_bar_height()), false);
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
    ImGui::TextDisabled("%s", tr(v.story, l).substr(0, 0).c_str());
    screen_question(app, *t.session, "answer");
  } else if (t.session) {
    result(app, v, *t.session);
  }
  ImGui::EndChild();
  ImGui::Separator();
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
