// The acute screens: red and unmistakable for acute=yes and for a medical emergency
// (acute=health), strong amber for acute=unsure. Who to call first, the parents rule (not
// first on acute and unsure; told as a rule in a medical emergency, unless the carers may be
// the cause), then the checklist.
#include <imgui.h>

#include "labels.hpp"
#include "outcome_parts.hpp"
#include "screens.hpp"
#include "takeaway.hpp"
#include "theme.hpp"
#include "touch_scroll.hpp"
#include "widgets.hpp"

namespace vv::gui {

void screen_acute(App& app, const Outcome& o) {
  const std::string& l = o.text_lang;
  const Palette& p = palette(app.high_contrast());
  bool emergency = o.stage == Stage::emergency;
  bool acute = o.stage == Stage::acute || emergency;
  const char* key = emergency ? "emergency" : o.stage == Stage::acute ? "acute" : "consult";
  Rgb bg = acute ? p.danger : p.amber, fg = acute ? p.danger_text : p.amber_text;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, to_vec4(bg));
  ImGui::PushStyleColor(ImGuiCol_Text, to_vec4(fg));
  ImGui::PushStyleColor(ImGuiCol_TextDisabled, to_vec4(fg));
  ImGui::PushStyleColor(ImGuiCol_Separator, to_vec4(fg, 0.6f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(24, 20));
  ImGui::BeginChild((std::string("##") + key).c_str(), ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
  touch_scroll_area();
  register_marker(emergency ? "screen.emergency" : o.stage == Stage::acute ? "screen.acute" : "screen.acute_consult");
  // First, in as little height as a 1024x600 screen leaves: the title, the parents rule and the
  // numbers to call now, each with its name. The explanations follow.
  heading(label(emergency ? "emergency.title" : o.stage == Stage::acute ? "acute.title" : "consult.title", l));
  heading(label(emergency ? "emergency.parents" : "acute.dont", l));
  subheading(label("acute.call", l));
  draw_call_now(o);
  ImGui::Separator();
  draw_now_lines(o);  // "Gjør dette nå": the national lines the safety checks prove for this stage
  para(label(emergency ? "emergency.parents_why" : "acute.dont_why", l));
  draw_call_notes(o);
  ImGui::Separator();
  subheading(label("acute.then", l) + ": " + o.step_name + (o.step_title.empty() ? "" : " – " + o.step_title));
  if (!o.note.empty()) para(o.note);
  draw_checklist(app, o, true);
  draw_takeaway(app, o, false);
  draw_phone_whole(app, o);
  draw_outcome_details(o, false);
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(4);
}

}  // namespace vv::gui
