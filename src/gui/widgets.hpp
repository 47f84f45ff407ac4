// Shared drawing helpers: big touch buttons that record their rectangles in a test-visible
// registry (keyed by a stable id such as "answer.acute.yes"), wrapped text, headings, QR codes.
#pragma once
#include <imgui.h>

#include <map>
#include <string>

namespace vv::gui {

struct Rect {
  float x0, y0, x1, y1;
  float cx() const { return (x0 + x1) / 2; }
  float cy() const { return (y0 + y1) / 2; }
};

// Rectangles of the widgets drawn in the last frame, by stable id.
std::map<std::string, Rect>& registry();
void register_last_item(const std::string& id);

enum class Look { normal, primary, danger, quiet, selected };

inline constexpr float kTouch = 56.0f;  // minimum button height (≥ 48 px touch target)

bool big_button(const std::string& id, const std::string& label, ImVec2 size = ImVec2(0, 0), Look look = Look::normal);
bool check_row(const std::string& id, bool* ticked);  // a ≥48 px tick box
void heading(const std::string& text);
void subheading(const std::string& text);
void para(const std::string& text);
void muted(const std::string& text);
void label_value(const std::string& label, const std::string& value);
// Draws `url` as a QR code (4-module quiet zone, white background) of about `px` pixels.
void qr_code(const std::string& url, float px);
void clear_qr_cache();

}  // namespace vv::gui
