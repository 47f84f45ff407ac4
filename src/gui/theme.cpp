// Palette, contrast computation, ImGui style and font loading (see theme.hpp).
#include "theme.hpp"

#include <imgui.h>
#include <imgui_freetype.h>
#include <sys/stat.h>

#include <algorithm>
#include <cmath>

namespace vv::gui {
namespace {

constexpr Rgb hex(unsigned v) {
  return {((v >> 16) & 0xff) / 255.0f, ((v >> 8) & 0xff) / 255.0f, (v & 0xff) / 255.0f};
}

// Calm: off-white paper, dark blue-grey text, deep teal buttons with white text.
const Palette kCalm = {
    hex(0xF5F3EE), hex(0xFFFFFF), hex(0x1E2A33), hex(0x4A5560), hex(0x0F5C6E), hex(0xFFFFFF),
    hex(0x0F5C6E), hex(0x0B4A59), hex(0x083845), hex(0xFFFFFF), hex(0xB00020), hex(0xFFFFFF),
    hex(0xFFC845), hex(0x1E1A00), hex(0x1E6B30)};
// High contrast: black on white, pure black buttons with yellow-white text.
const Palette kHigh = {
    hex(0xFFFFFF), hex(0xFFFFFF), hex(0x000000), hex(0x202020), hex(0x000000), hex(0xFFFFFF),
    hex(0x000000), hex(0x1A1A66), hex(0x000044), hex(0xFFFF66), hex(0x9A0000), hex(0xFFFFFF),
    hex(0xFFD000), hex(0x000000), hex(0x005000)};

double channel(float c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }

Fonts g_fonts;

}  // namespace

const Palette& palette(bool high_contrast) { return high_contrast ? kHigh : kCalm; }

// Dark orange: at least 3:1 against the page and the panels in both themes (WCAG 1.4.11).
Rgb focus_ring(bool high_contrast) { return high_contrast ? Rgb{0.6f, 0.3f, 0.0f} : Rgb{0.72f, 0.36f, 0.0f}; }

std::vector<ColorPair> non_text_pairs(bool hc) {
  const Palette& p = palette(hc);
  return {{"tick box edge on panel", p.muted, p.panel},  {"tick box edge on background", p.muted, p.bg},
          {"tick mark on panel", p.accent, p.panel},      {"focus ring on background", focus_ring(hc), p.bg},
          {"focus ring on panel", focus_ring(hc), p.panel}, {"button on background", p.button, p.bg}};
}

ImVec4 to_vec4(Rgb c, float a) { return ImVec4(c.r, c.g, c.b, a); }

double relative_luminance(Rgb c) { return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b); }

double contrast_ratio(Rgb a, Rgb b) {
  double la = relative_luminance(a), lb = relative_luminance(b);
  if (la < lb) std::swap(la, lb);
  return (la + 0.05) / (lb + 0.05);
}

std::vector<ColorPair> text_pairs(bool hc) {
  const Palette& p = palette(hc);
  return {{"text on background", p.text, p.bg},          {"text on panel", p.text, p.panel},
          {"muted text on background", p.muted, p.bg},    {"muted text on panel", p.muted, p.panel},
          {"button text", p.button_text, p.button},       {"button text hovered", p.button_text, p.button_hover},
          {"button text pressed", p.button_text, p.button_active}, {"accent text", p.accent_text, p.accent},
          {"acute screen text", p.danger_text, p.danger}, {"amber screen text", p.amber_text, p.amber},
          {"heading (accent) on background", p.accent, p.bg}, {"ok text on background", p.ok, p.bg}};
}

void apply_theme(bool hc, float text_size) {
  const Palette& p = palette(hc);
  ImGuiStyle style;
  ImGui::StyleColorsLight(&style);
  float s = text_size / 22.0f;
  style.WindowPadding = ImVec2(20 * s, 16 * s);
  style.FramePadding = ImVec2(14 * s, 10 * s);
  style.ItemSpacing = ImVec2(12 * s, 12 * s);
  style.ItemInnerSpacing = ImVec2(10 * s, 8 * s);
  style.ScrollbarSize = std::max(48.0f, std::round(48 * s));  // a finger's width, growing with the text
  style.GrabMinSize = std::max(48.0f, std::round(48 * s));
  style.FrameRounding = 8;
  style.WindowRounding = 0;
  style.ChildRounding = 8;
  style.PopupRounding = 8;
  style.ScrollbarRounding = 8;
  style.FrameBorderSize = hc ? 2.0f : 0.0f;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = hc ? 2.0f : 1.0f;
  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = to_vec4(p.text);
  c[ImGuiCol_TextDisabled] = to_vec4(p.muted);
  c[ImGuiCol_WindowBg] = to_vec4(p.bg);
  c[ImGuiCol_ChildBg] = to_vec4(p.panel, 0.0f);
  c[ImGuiCol_PopupBg] = to_vec4(p.panel);
  c[ImGuiCol_Border] = to_vec4(hc ? p.text : p.muted, hc ? 1.0f : 0.35f);
  c[ImGuiCol_FrameBg] = to_vec4(p.panel);
  c[ImGuiCol_FrameBgHovered] = to_vec4(p.bg);
  c[ImGuiCol_FrameBgActive] = to_vec4(p.bg);
  c[ImGuiCol_CheckMark] = to_vec4(p.accent);
  c[ImGuiCol_Button] = to_vec4(p.button);
  c[ImGuiCol_ButtonHovered] = to_vec4(p.button_hover);
  c[ImGuiCol_ButtonActive] = to_vec4(p.button_active);
  c[ImGuiCol_Header] = to_vec4(p.panel);
  c[ImGuiCol_HeaderHovered] = to_vec4(p.bg);
  c[ImGuiCol_HeaderActive] = to_vec4(p.bg);
  c[ImGuiCol_ScrollbarBg] = to_vec4(p.bg);
  c[ImGuiCol_ScrollbarGrab] = to_vec4(p.muted, 0.9f);  // a thumb that stands out from its track
  c[ImGuiCol_ScrollbarGrabHovered] = to_vec4(p.text, 0.8f);
  c[ImGuiCol_ScrollbarGrabActive] = to_vec4(p.text);
  c[ImGuiCol_NavHighlight] = to_vec4(focus_ring(hc));
  c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.55f);
  c[ImGuiCol_Separator] = to_vec4(p.muted, 0.5f);
  c[ImGuiCol_TableHeaderBg] = to_vec4(p.panel);
  c[ImGuiCol_TableBorderStrong] = to_vec4(p.muted, 0.5f);
  c[ImGuiCol_TableBorderLight] = to_vec4(p.muted, 0.3f);
  ImGui::GetStyle() = style;
}

std::string font_path(const char* file) {
  for (const char* dir : {"/usr/share/fonts/truetype/noto/", "/usr/local/share/fonts/noto/"}) {
    std::string p = std::string(dir) + file;
    struct stat st {};
    if (::stat(p.c_str(), &st) == 0) return p;
  }
  return {};
}

bool load_fonts(float size) {
  static const ImWchar ranges[] = {
      0x0020, 0x00FF,  // Basic Latin + Latin-1 (æøå, «», §)
      0x0100, 0x017F,  // Latin Extended-A
      0x2013, 0x2014,  // – —
      0x2018, 0x201E,  // ‘ ’ “ ” „
      0x2022, 0x2022,  // •
      0x2026, 0x2026,  // …
      0x2190, 0x2193,  // arrows
      0x2713, 0x2713,  // ✓ (if the font has it)
      0,
  };
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  // FreeType (in Debian's libimgui.a) rasterises the three Noto faces several times faster
  // than stb_truetype with oversampling, and hints them crisply at kiosk sizes.
  io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
  io.Fonts->FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
  g_fonts = {};
  std::string reg = font_path("NotoSans-Regular.ttf"), bold = font_path("NotoSans-Bold.ttf");
  ImFontConfig cfg;
  cfg.OversampleH = 1;  // ignored by FreeType; kept 1 for the stb fallback
  cfg.OversampleV = 1;
  if (!reg.empty()) g_fonts.regular = io.Fonts->AddFontFromFileTTF(reg.c_str(), size, &cfg, ranges);
  if (!bold.empty()) {
    g_fonts.bold = io.Fonts->AddFontFromFileTTF(bold.c_str(), size, &cfg, ranges);
    g_fonts.large = io.Fonts->AddFontFromFileTTF(bold.c_str(), size * 1.45f, &cfg, ranges);
  }
  if (!g_fonts.regular) g_fonts.regular = io.Fonts->AddFontDefault();
  if (!g_fonts.bold) g_fonts.bold = g_fonts.regular;
  if (!g_fonts.large) g_fonts.large = g_fonts.bold;
  io.FontDefault = g_fonts.regular;
  return io.Fonts->Build();
}

Fonts& fonts() { return g_fonts; }

}  // namespace vv::gui
