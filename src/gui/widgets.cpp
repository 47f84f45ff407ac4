// Shared drawing helpers (see widgets.hpp).
#include "widgets.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <optional>

#include "kiosk_session.hpp"
#include "theme.hpp"

namespace vv::gui {

void set_widget_env(WidgetEnv* env) { ImGui::GetIO().UserData = env; }

WidgetEnv& widget_env() {
  auto* env = static_cast<WidgetEnv*>(ImGui::GetIO().UserData);
  IM_ASSERT(env && "App::frame() sets the widget environment");
  return *env;
}

QrCache& session_qr_codes() { return (*widget_env().session)->qr_codes; }
QrJob& session_qr_job() { return (*widget_env().session)->qr_job; }
TouchScroll& session_touch() { return (*widget_env().session)->touch; }

void register_last_item(const std::string& id) {
  ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  ImVec2 c((a.x + b.x) / 2, (a.y + b.y) / 2);
  const ImRect& clip = GImGui->CurrentWindow->ClipRect;
  (*widget_env().registry)[id] = Rect{a.x, a.y, b.x, b.y, !clip.Contains(c)};
}

void register_marker(const std::string& id) { (*widget_env().registry)[id] = Rect{0, 0, 0, 0}; }

bool big_button(const std::string& id, const std::string& label, ImVec2 size, Look look) {
  const Palette& p = *widget_env().palette;
  int pushed = 0;
  auto push = [&](ImGuiCol c, Rgb v) { ImGui::PushStyleColor(c, to_vec4(v)), ++pushed; };
  if (look == Look::danger) {
    push(ImGuiCol_Button, p.danger), push(ImGuiCol_ButtonHovered, Rgb{p.danger.r * 0.85f, p.danger.g, p.danger.b});
    push(ImGuiCol_ButtonActive, Rgb{p.danger.r * 0.7f, p.danger.g, p.danger.b}), push(ImGuiCol_Text, p.danger_text);
  } else if (look == Look::quiet) {
    push(ImGuiCol_Button, p.panel), push(ImGuiCol_ButtonHovered, p.bg), push(ImGuiCol_ButtonActive, p.bg);
    push(ImGuiCol_Text, p.text);
  } else if (look == Look::selected) {
    push(ImGuiCol_Button, p.amber), push(ImGuiCol_ButtonHovered, p.amber), push(ImGuiCol_ButtonActive, p.amber);
    push(ImGuiCol_Text, p.amber_text);
  } else {
    push(ImGuiCol_Text, p.button_text);
  }
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, look == Look::quiet ? 2.0f : ImGui::GetStyle().FrameBorderSize);
  ImGui::PushStyleColor(ImGuiCol_Border, to_vec4(p.muted)), ++pushed;
  if (size.y <= 0) size.y = std::max(kTouch, ImGui::GetFontSize() * 2.2f);
  bool clicked = ImGui::Button((label + "##" + id).c_str(), size);
  register_last_item(id);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(pushed);
  return clicked;
}

bool check_row(const std::string& id, bool* ticked) {
  float pad = std::max(4.0f, (kTouch - ImGui::GetFontSize()) / 2);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(pad, pad));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2.0f);
  // The box's edge at full strength: WCAG 1.4.11 wants 3:1 for what shows a control (theme.hpp).
  ImGui::PushStyleColor(ImGuiCol_Border, to_vec4(widget_env().palette->muted));
  bool changed = ImGui::Checkbox(("##" + id).c_str(), ticked);
  register_last_item(id);
  ImGui::PopStyleColor();
  ImGui::PopStyleVar(2);
  return changed;
}

void heading(const std::string& text) {
  ImGui::PushFont(fonts().large);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
}

void subheading(const std::string& text) {
  ImGui::PushFont(fonts().bold);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
}

void para(const std::string& text) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
}

void bullet_para(const std::string& text) {
  ImGui::Bullet();
  ImGui::SameLine();
  para(text);
}

void muted(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
  para(text);
  ImGui::PopStyleColor();
}

void label_value(const std::string& label, const std::string& value) {
  if (value.empty()) return;
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted((label + ":").c_str());
  ImGui::PopFont();
  ImGui::SameLine();
  para(value);
}

void qr_code(const std::string& url, float px, int max_version) {
  const std::optional<QrMatrix>* code = find_or_ask_qr(session_qr_job(), session_qr_codes(), url, max_version);
  if (!code) {  // being made (a frame or two): a blank code of the same size holds its place
    ImVec2 o = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(o, ImVec2(o.x + px, o.y + px), IM_COL32(255, 255, 255, 255));
    ImGui::Dummy(ImVec2(px, px));
    return;
  }
  if (!*code) {
    muted(url);
    return;
  }
  const QrMatrix& m = **code;
  int total = m.size + 2 * kQrQuietZone;
  float mod = std::max(2.0f, std::floor(px / total));
  float side = mod * total;
  ImVec2 o = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(o, ImVec2(o.x + side, o.y + side), IM_COL32(255, 255, 255, 255));
  for (int y = 0; y < m.size; ++y)
    for (int x = 0; x < m.size; ++x)
      if (m.dark(x, y)) {
        ImVec2 a(o.x + (x + kQrQuietZone) * mod, o.y + (y + kQrQuietZone) * mod);
        dl->AddRectFilled(a, ImVec2(a.x + mod, a.y + mod), IM_COL32(0, 0, 0, 255));
      }
  ImGui::Dummy(ImVec2(side, side));
}

}  // namespace vv::gui
