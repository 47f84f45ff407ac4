// The look: a calm readable palette (and a high-contrast variant), WCAG contrast ratios, and
// Noto Sans loaded with the glyphs Norwegian text needs (æøå, «», –, §, “”).
#pragma once
#include <array>
#include <string>
#include <vector>

struct ImVec4;
struct ImFont;

namespace vv::gui {

struct Rgb {
  float r, g, b;  // 0..1, sRGB
};

struct Palette {
  Rgb bg, panel, text, muted, accent, accent_text, button, button_hover, button_active, button_text;
  Rgb danger, danger_text, amber, amber_text, ok;
};

const Palette& palette(bool high_contrast);
ImVec4 to_vec4(Rgb c, float a = 1.0f);

// WCAG 2 relative luminance and contrast ratio (1..21).
double relative_luminance(Rgb c);
double contrast_ratio(Rgb a, Rgb b);

// Every text/background pair the theme draws, named, for the contrast unit test.
struct ColorPair {
  const char* name;
  Rgb fg, bg;
};
std::vector<ColorPair> text_pairs(bool high_contrast);
// What shows a control (tick box edges, the tick, the keyboard focus ring, buttons) against
// what is behind it, for WCAG 1.4.11 (at least 3:1); the unit test checks every pair.
std::vector<ColorPair> non_text_pairs(bool high_contrast);
Rgb focus_ring(bool high_contrast);

void apply_theme(bool high_contrast, float text_size);
// (Re)builds the font atlas at `size` px: regular and bold Noto Sans. Returns false if the
// font files are missing (then ImGui's built-in font is used).
bool load_fonts(float size);
struct Fonts {
  ImFont* regular = nullptr;
  ImFont* bold = nullptr;
  ImFont* large = nullptr;  // headings
};
Fonts& fonts();
std::string font_path(const char* file);

}  // namespace vv::gui
