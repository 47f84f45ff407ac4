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

// Where text wraps: at the end of the region, or on a wide screen after about 85 characters
// (a readable line). ImGui takes the position in window coordinates; 0 means the region's end.
float reading_wrap_pos() {
  float cap = ImGui::GetFontSize() * kReadingEms;
  if (ImGui::GetContentRegionAvail().x <= cap) return 0.0f;
  return ImGui::GetCursorPosX() + cap;
}

namespace {

// `text` with a line break wherever a line of `room` pixels is full (words longer than a line
// are broken anywhere, as ImGui does; the layout audit reports those).
std::string wrap_words(const std::string& text, float room) {
  ImFont* font = ImGui::GetFont();
  float scale = ImGui::GetFontSize() / font->FontSize;
  std::string out;
  bool first = true;
  const char* s = text.c_str();
  const char* end = s + text.size();
  while (s < end) {
    const char* e = font->CalcWordWrapPositionA(scale, s, end, std::max(room, 1.0f));
    if (e <= s) {  // not even one character fits: take one whole UTF-8 character
      e = s + 1;
      while (e < end && (static_cast<unsigned char>(*e) & 0xC0) == 0x80) ++e;
    }
    const char* t = e;
    while (t > s && (t[-1] == ' ' || t[-1] == '\n')) --t;
    if (!first) out += '\n';
    first = false;
    out.append(s, t);
    s = e;
    while (s < end && (*s == ' ' || *s == '\n')) ++s;
  }
  return out;
}

// Wrapped text in the current font, audited with the wrap width it is drawn at.
void wrapped(const char* kind, const std::string& text) {
  float wrap = reading_wrap_pos();
  ImGui::PushTextWrapPos(wrap);
  LayoutAudit* audit = widget_env().audit;
  float room = audit ? ImGui::CalcWrapWidthForPos(ImGui::GetCursorScreenPos(), wrap) : 0.0f;
  ImGui::TextUnformatted(text.c_str());
  if (audit) audit->add_last_item(audit_id(kind, text), text, room, true);
  ImGui::PopTextWrapPos();
}

}  // namespace

FixedBar::FixedBar(const char* name) {
  if (LayoutAudit* a = widget_env().audit) a->set_bar(name);
}
FixedBar::~FixedBar() {
  if (LayoutAudit* a = widget_env().audit) a->set_bar(nullptr);
}

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
  LayoutAudit* audit = widget_env().audit;
  const ImVec2 pad = ImGui::GetStyle().FramePadding;
  float avail = ImGui::GetContentRegionAvail().x;
  float one_line = ImGui::CalcTextSize(label.c_str()).x + pad.x * 2;
  // The audit's negative control: this button at half the width its label needs, not wrapped.
  bool squeezed = audit && audit->squeeze == id;
  if (squeezed) size.x = one_line / 2;
  // The width ImGui gives the button (ImGui::CalcItemSize), and the label's room inside it.
  float width = size.x > 0 ? size.x : size.x < 0 ? std::max(4.0f, avail + size.x) : std::min(one_line, std::max(avail, 4.0f));
  if (size.x == 0 && one_line > width) size.x = width;  // would stick out of the window: wrap instead
  float room = width - pad.x * 2;
  std::string shown = one_line - pad.x * 2 > room + 0.5f && !squeezed ? wrap_words(label, room) : label;
  float min_h = std::max(kTouch, ImGui::GetFontSize() * 2.2f);
  if (size.y <= 0) size.y = std::max(min_h, ImGui::CalcTextSize(shown.c_str()).y + pad.y * 2);
  bool clicked = ImGui::Button((shown + "##" + id).c_str(), size);
  register_last_item(id);
  if (audit) audit->add_last_item(id, shown, room, false, &label);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(pushed);
  return clicked;
}

bool words_fit(const std::string& label, float width) {
  float room = width - ImGui::GetStyle().FramePadding.x * 2;
  size_t i = 0;
  while (i < label.size()) {
    size_t j = label.find_first_of(" \n", i);
    if (j == std::string::npos) j = label.size();
    if (ImGui::CalcTextSize(label.data() + i, label.data() + j).x > room) return false;
    i = j + 1;
  }
  return true;
}

bool check_row(const std::string& id, bool* ticked) {
  float pad = std::max(4.0f, (kTouch - ImGui::GetFontSize()) / 2);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(pad, pad));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2.0f);
  // The box's edge at full strength: WCAG 1.4.11 wants 3:1 for what shows a control (theme.hpp).
  ImGui::PushStyleColor(ImGuiCol_Border, to_vec4(widget_env().palette->muted));
  bool changed = ImGui::Checkbox(("##" + id).c_str(), ticked);
  register_last_item(id);
  if (LayoutAudit* audit = widget_env().audit) audit->add_last_item(id, "", -1, false);
  ImGui::PopStyleColor();
  ImGui::PopStyleVar(2);
  return changed;
}

bool fold_header(const std::string& id, const std::string& title, int flags) {
  const ImGuiStyle& st = ImGui::GetStyle();
  // The title starts after the arrow (ImGui::TreeNodeBehavior) and ends at the frame's padding.
  float room = ImGui::GetContentRegionAvail().x - (ImGui::GetFontSize() + st.FramePadding.x * 3);
  std::string shown = ImGui::CalcTextSize(title.c_str()).x > room ? wrap_words(title, room) : title;
  bool open = ImGui::CollapsingHeader((shown + "###" + id).c_str(), flags);  // an id apart from the wrapping
  register_last_item(id);
  if (LayoutAudit* audit = widget_env().audit) audit->add_last_item(id, shown, room, false, &title);
  return open;
}

void heading(const std::string& text) {
  ImGui::PushFont(fonts().large);
  wrapped("heading", text);
  ImGui::PopFont();
}

void subheading(const std::string& text) {
  ImGui::PushFont(fonts().bold);
  wrapped("subheading", text);
  ImGui::PopFont();
}

void para(const std::string& text) { wrapped("text", text); }

void text_line(const std::string& text, bool dim) {
  if (dim) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
  ImGui::TextUnformatted(text.c_str());
  if (dim) ImGui::PopStyleColor();
  if (LayoutAudit* audit = widget_env().audit) audit->add_last_item(audit_id("line", text), text, -1, false);
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
  // A short label leads the value's first line; a long one (an answer's wording) is a line of
  // its own, wrapped, so neither is cut off nor squeezed into a narrow column.
  ImGui::PushFont(fonts().bold);
  std::string lead = label + ":";
  bool own_line = ImGui::CalcTextSize(lead.c_str()).x > ImGui::GetContentRegionAvail().x * 0.4f;
  if (own_line) wrapped("label", lead);
  else text_line(lead);
  ImGui::PopFont();
  if (!own_line) ImGui::SameLine();
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
