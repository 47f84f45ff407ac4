// Shared drawing helpers: big touch buttons that record their rectangles in a test-visible
// registry (keyed by a stable id such as "answer.acute.yes"), wrapped text, headings, QR codes.
// Widgets keep no state of their own: what they draw with (palette, registry, QR cache) is the
// WidgetEnv App::frame() hands them through the ImGui context for the frame.
#pragma once
#include <imgui.h>

#include <map>
#include <memory>
#include <optional>
#include <string>

#include "layout_audit.hpp"
#include "qr.hpp"
#include "qr_worker.hpp"

namespace vv::gui {

struct Rect {
  float x0, y0, x1, y1;
  bool hidden = false;  // its centre is scrolled out of its window's view (a click there hits something else)
  float cx() const { return (x0 + x1) / 2; }
  float cy() const { return (y0 + y1) / 2; }
};

using WidgetRegistry = std::map<std::string, Rect>;
struct Palette;
struct KioskSession;
struct TouchScroll;

// What the widgets of this frame draw with; set by App::frame() (ImGuiIO::UserData).
struct WidgetEnv {
  const Palette* palette = nullptr;
  WidgetRegistry* registry = nullptr;  // rectangles of the widgets drawn this frame
  // The session state's holder, not the state: a wipe in mid-frame ("Avslutt og slett",
  // "Ja, slett") replaces the state, and widgets drawn after it must use the fresh one.
  const std::unique_ptr<KioskSession>* session = nullptr;
  LayoutAudit* audit = nullptr;  // --layout-audit only: what the widgets drew, checked for fit
};
void set_widget_env(WidgetEnv* env);
WidgetEnv& widget_env();
// The session's QR codes (by the text encoded) and touch scrolling, through the holder above.
QrCache& session_qr_codes();
QrJob& session_qr_job();
TouchScroll& session_touch();
// Records the last item's rectangle under `id` (and marks a screen: an empty rectangle).
void register_last_item(const std::string& id);
void register_marker(const std::string& id);

enum class Look { normal, primary, danger, quiet, selected };

inline constexpr float kTouch = 56.0f;  // minimum button height (≥ 48 px touch target)

// Text lines stop at about 85 characters (kReadingEms font heights) on wide screens.
inline constexpr float kReadingEms = 44.0f;
float reading_wrap_pos();

// A label wider than the button wraps onto more lines (the button grows taller), never clipped.
bool big_button(const std::string& id, const std::string& label, ImVec2 size = ImVec2(0, 0), Look look = Look::normal);
// Whether every word of `label` fits a big_button `width` wide whole (for choosing columns).
bool words_fit(const std::string& label, float width);
bool check_row(const std::string& id, bool* ticked);  // a ≥48 px tick box
// A header that folds what follows away (ImGui::CollapsingHeader), registered under `id`; a
// title wider than the header wraps onto more lines. True while open.
bool fold_header(const std::string& id, const std::string& title, int flags = 0);
void heading(const std::string& text);
void subheading(const std::string& text);
void para(const std::string& text);
void muted(const std::string& text);
// A bulleted, wrapped paragraph (tips, answers given, sources).
void bullet_para(const std::string& text);
void label_value(const std::string& label, const std::string& value);
// One unwrapped line in the current font (a title in a bar); `dim`: in the muted colour.
void text_line(const std::string& text, bool dim = false);
// Widgets drawn while one lives are in a fixed, non-scrolling part of the screen, such as
// "top bar" or "quit dialog" (for the layout audit: nothing there may be cut off or overlap).
struct FixedBar {
  explicit FixedBar(const char* name);
  ~FixedBar();
  FixedBar(const FixedBar&) = delete;
  FixedBar& operator=(const FixedBar&) = delete;
};
// Draws `url` as a QR code (version at most `max_version`) (4-module quiet zone, white background) of about `px` pixels.
void qr_code(const std::string& url, float px, int max_version = kQrMaxScannableVersion);

}  // namespace vv::gui
