// Start screen: language, municipality pack (unless configured), role — choosing the role
// starts the wizard; also the ways into reference ("Oppslag") and training ("Opplæring").
#include <imgui.h>

#include "labels.hpp"
#include "screens.hpp"
#include "touch_scroll.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace vv::gui {

namespace {
float col_width(int cols) {
  float avail = ImGui::GetContentRegionAvail().x;
  return (avail - ImGui::GetStyle().ItemSpacing.x * (cols - 1)) / cols;
}
}  // namespace

void screen_start(App& app) {
  const std::string& l = app.lang();
  const Content& c = app.content();
  bool wide = ImGui::GetContentRegionAvail().x >= 900;
  float left_w = wide ? ImGui::GetContentRegionAvail().x * 0.40f : 0.0f;
  ImGui::BeginChild("##start", ImVec2(left_w, 0), false);
  touch_scroll_area();
  heading(label("start.welcome", l));
  para(label("start.lead", l));
  muted(label("start.privacy", l));
  ImGui::Spacing();
  subheading(label("start.language", l));
  const char* langs[3][2] = {{"nb", "Bokmål"}, {"nn", "Nynorsk"}, {"en", "English"}};
  // Three in a row where each name fits its third; else one under the other (large text).
  float w3 = col_width(3);
  for (const auto& lg : langs)
    if (!words_fit(lg[1], w3)) w3 = -1;
  for (int i = 0; i < 3; ++i) {
    if (i && w3 > 0) ImGui::SameLine();
    if (big_button(std::string("lang.") + langs[i][0], langs[i][1], ImVec2(w3, 0), l == langs[i][0] ? Look::selected : Look::quiet))
      app.set_lang(langs[i][0]);
  }
  ImGui::Spacing();
  if (big_button("mode.reference", label("start.reference", l), ImVec2(-1, 0), Look::quiet)) app.set_mode(Mode::reference);
  if (big_button("mode.training", label("start.training", l), ImVec2(-1, 0), Look::quiet)) app.set_mode(Mode::training);
  if (wide) {
    ImGui::EndChild();
    ImGui::SameLine(0, ImGui::GetStyle().ItemSpacing.x * 3);
    ImGui::BeginChild("##start2", ImVec2(0, 0), false);
    touch_scroll_area();
  } else {
    ImGui::Spacing();
  }

  if (app.config().pack.empty()) {
    subheading(label("start.pack", l));
    int cols = ImGui::GetContentRegionAvail().x > 560 ? 2 : 1;
    for (const Pack& p : c.packs)
      if (!words_fit(tr(p.name, l, p.language), col_width(2))) cols = 1;  // no name's word cut in two
    float w = col_width(cols);
    int i = 0;
    for (const Pack& p : c.packs) {
      if (i++ % cols) ImGui::SameLine();
      Look look = app.state().start_pack == p.id ? Look::selected : Look::quiet;
      if (big_button("pack." + p.id, tr(p.name, l, p.language), ImVec2(w, 0), look)) app.state().start_pack = p.id;
    }
    ImGui::Spacing();
  } else if (const Pack* p = c.find_pack(app.config().pack)) {
    subheading(tr(p->name, l, p->language));
    muted(tr(p->title, l, p->language));
  }

  const Question* role = c.find_question("role");
  subheading(role ? tr(role->text, l) : label("start.role", l));
  bool ready = c.find_pack(app.state().start_pack) != nullptr;
  if (!ready) muted(label("start.choose_pack_first", l));
  if (role) {
    int cols = ImGui::GetContentRegionAvail().x > 560 ? 2 : 1;
    for (const Option& o : role->options)
      if (!words_fit(tr(o.label, l), col_width(2))) cols = 1;
    float w = col_width(cols);
    int i = 0;
    ImGui::BeginDisabled(!ready);
    for (const Option& o : role->options) {
      if (i++ % cols) ImGui::SameLine();
      if (big_button("role." + o.value, tr(o.label, l), ImVec2(w, 0), Look::primary) && ready) {
        Session& s = app.session();
        s.restart();
        if (s.choose_pack(app.state().start_pack) && s.choose_language(l) && s.answer("role", o.value)) app.set_mode(Mode::wizard);
      }
    }
    ImGui::EndDisabled();
  }
  ImGui::EndChild();
}

}  // namespace vv::gui
