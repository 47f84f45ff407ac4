// One question per screen: progress, the question, "Hva betyr dette?" with its definitions,
// big answer buttons (keys 1–4 choose), an age grid for `age`.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_internal.h>  // SetFocusID: keyboard focus on the first answer

#include <cstdio>

#include "labels.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace vv::gui {

bool screen_question(App& app, Session& s, const std::string& prefix) {
  const Question* q = s.current();
  if (!q) return false;
  const std::string& l = app.lang();
  int n = s.answered_count() + 1, most = s.answered_count() + std::max(1, s.max_remaining());
  char buf[128];
  std::snprintf(buf, sizeof buf, label("q.progress", l).c_str(), n, most);
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram, to_vec4(palette(app.high_contrast()).accent));
  ImGui::ProgressBar(static_cast<float>(n) / most, ImVec2(-1, 10), "");
  ImGui::PopStyleColor();
  muted(buf);
  heading(tr(q->text, l));

  bool has_help = !tr(q->help, l).empty();
  for (const Option& o : q->options) has_help = has_help || !tr(o.help, l).empty();
  if (has_help) {
    std::string lbl = (app.state().help_open ? "– " : "+ ") + label("q.help", l);
    if (big_button(prefix + ".help", lbl, ImVec2(0, 0), Look::quiet)) app.state().help_open = !app.state().help_open;
    if (app.state().help_open) {
      ImGui::Indent();
      if (!tr(q->help, l).empty()) para(tr(q->help, l));
      for (const Option& o : q->options)
        if (!tr(o.help, l).empty()) label_value(tr(o.label, l), tr(o.help, l));
      ImGui::Unindent();
    }
  }
  ImGui::Spacing();
  std::string chosen;
  // When a new question shows, the keyboard focus goes to its first answer.
  std::string& shown = app.state().focus_shown;
  std::string now_shown = prefix + "/" + q->key + "/" + std::to_string(s.answered_count());
  bool fresh = now_shown != shown;
  shown = now_shown;
  auto focus_first = [&] {
    if (!fresh) return;
    ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
    ImGui::SetWindowFocus();
  };
  if (q->is_age) {
    int cols = ImGui::GetContentRegionAvail().x > 700 ? 9 : 6;
    float w = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x * (cols - 1)) / cols;
    for (int a = 0; a <= 17; ++a) {
      if (a % cols) ImGui::SameLine();
      std::string v = std::to_string(a);
      if (big_button(prefix + ".age." + v, v, ImVec2(w, 0), Look::primary)) chosen = v;
      if (a == 0) focus_first();
    }
    muted(label("q.age_years", l));
  } else {
    int i = 0;
    for (const Option& o : q->options) {
      ++i;
      std::string label = std::to_string(i) + "   " + tr(o.label, l);
      if (big_button(prefix + "." + q->key + "." + o.value, label, ImVec2(-1, 0), Look::primary)) chosen = o.value;
      if (i == 1) focus_first();
    }
    // Keys 1–4 choose an answer (not while a popup such as the idle warning is open).
    if (!ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) {
      for (int k = 0; k < static_cast<int>(q->options.size()) && k < 4; ++k)
        if (ImGui::IsKeyPressed(GLFW_KEY_1 + k, false) || ImGui::IsKeyPressed(GLFW_KEY_KP_1 + k, false))
          chosen = q->options[static_cast<size_t>(k)].value;
    }
    // A touch kiosk has no keyboard: the hint shows once a key has been pressed in this session.
    for (bool down : ImGui::GetIO().KeysDown) app.state().keyboard_used |= down;
    if (app.state().keyboard_used) muted(label("q.keys", l));
  }
  if (!chosen.empty() && s.answer(q->key, chosen)) {
    app.state().help_open = false;
    return true;
  }
  return false;
}

}  // namespace vv::gui
