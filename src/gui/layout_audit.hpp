// The layout audit (--layout-audit FILE with --screenshot): on the frame a screenshot captures,
// every text-bearing widget drawn through widgets.cpp reports its rectangle, its text's measured
// size and the clip rectangle it is drawn in; findings() says what does not fit: text wider than
// its widget, a word broken over lines, a widget cut off by its window's right edge, and in a
// fixed, non-scrolling part (the top and bottom bars, a dialog) a widget cut off below or
// overlapping another. Off in the kiosk: the
// widgets then see a null pointer and do nothing more.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace vv::gui {

struct AuditBox {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

class LayoutAudit {
 public:
  struct Item {
    std::string id;
    AuditBox rect, clip;
    float text_w = 0;        // the text's measured width as drawn (0: no text)
    float room = -1;         // the width the text may take inside the widget (-1: not checked)
    std::string long_word;   // the widest word, when wider than `room` (broken over lines)
    float long_word_w = 0;
    std::string bar;         // the fixed part it is in ("top bar", "quit dialog", ...), or empty
  };

  void begin_frame() { items_.clear(); }
  // The last ImGui item, drawn in the current window's clip rectangle. `text` is what it shows
  // (measured with the current font, as one line or wrapped at `room` when room > 0);
  // `words`, when given, the text before the widget broke it into lines (its words must fit
  // `room` whole: a word cut into pieces is a finding, not a fix).
  void add_last_item(const std::string& id, const std::string& text, float room, bool wrapped,
                     const std::string* words = nullptr);
  std::vector<std::string> findings() const;
  std::size_t size() const { return items_.size(); }

  // Widgets drawn between these belong to a fixed, non-scrolling part of the screen.
  void set_bar(const char* name) { bar_ = name ? name : ""; }
  // The negative control: this big_button is drawn at half the width its label needs, unwrapped.
  std::string squeeze;

 private:
  std::vector<Item> items_;
  std::string bar_;
};

// A short id for a text widget: its kind and the start of its text.
std::string audit_id(const char* kind, const std::string& text);

}  // namespace vv::gui
