// The layout audit (see layout_audit.hpp).
#include "layout_audit.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstdio>

namespace vv::gui {
namespace {

constexpr float kSlack = 1.0f;  // rounding: ImGui places items on whole pixels

AuditBox box(const ImRect& r) { return AuditBox{r.Min.x, r.Min.y, r.Max.x, r.Max.y}; }

std::string px(float v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.0f px", v);
  return b;
}

// The widest space-separated word of `text` in the current font. An address ("https://…",
// "a/b") has no other place to break: it may break anywhere, as in a browser.
std::pair<std::string, float> widest_word(const std::string& text) {
  std::pair<std::string, float> best{"", 0.0f};
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find_first_of(" \n", i);
    if (j == std::string::npos) j = text.size();
    if (j > i && text.substr(i, j - i).find('/') == std::string::npos) {
      float w = ImGui::CalcTextSize(text.data() + i, text.data() + j).x;
      if (w > best.second) best = {text.substr(i, j - i), w};
    }
    i = j + 1;
  }
  return best;
}

bool overlap(const AuditBox& a, const AuditBox& b) {
  return a.x0 + kSlack < b.x1 && b.x0 + kSlack < a.x1 && a.y0 + kSlack < b.y1 && b.y0 + kSlack < a.y1;
}

}  // namespace

std::string audit_id(const char* kind, const std::string& text) {
  size_t n = std::min<size_t>(text.size(), 32);
  while (n < text.size() && n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;  // whole UTF-8 characters
  std::string s = std::string(kind) + " \"" + text.substr(0, n) + (n < text.size() ? "…" : "") + "\"";
  for (char& c : s)
    if (c == '\n') c = ' ';
  return s;
}

void LayoutAudit::add_last_item(const std::string& id, const std::string& text, float room, bool wrapped,
                                const std::string* words) {
  ImGuiContext& g = *GImGui;
  if (g.CurrentWindow->SkipItems) return;  // a window wholly out of view draws nothing (and sets no item)
  Item it;
  it.id = id;
  it.rect = box(g.LastItemData.Rect);
  it.clip = box(g.CurrentWindow->ClipRect);
  it.bar = bar_;
  it.room = room;
  if (!text.empty()) {
    it.text_w = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrapped && room > 0 ? room : -1.0f).x;
    if (room > 0) {
      auto [word, w] = widest_word(words ? *words : text);
      if (w > room + kSlack) it.long_word = word, it.long_word_w = w;
    }
  }
  items_.push_back(std::move(it));
}

std::vector<std::string> LayoutAudit::findings() const {
  std::vector<std::string> out;
  for (size_t i = 0; i < items_.size(); ++i) {
    const Item& it = items_[i];
    auto say = [&](const std::string& what) { out.push_back(it.id + ": " + what); };
    if (!it.long_word.empty())
      say("the word \"" + it.long_word + "\" (" + px(it.long_word_w) + ") is wider than its room (" + px(it.room) + ")");
    else if (it.room >= 0 && it.text_w > it.room + kSlack)
      say("text " + px(it.text_w) + " wider than its room in the widget (" + px(it.room) + ")");
    if (it.rect.x1 > it.clip.x1 + kSlack)
      say("cut off at the right: ends at x " + px(it.rect.x1) + ", visible to x " + px(it.clip.x1));
    if (it.rect.x0 < it.clip.x0 - kSlack)
      say("cut off at the left: starts at x " + px(it.rect.x0) + ", visible from x " + px(it.clip.x0));
    if (it.bar.empty()) continue;
    if (it.rect.y1 > it.clip.y1 + kSlack || it.rect.y0 < it.clip.y0 - kSlack)
      say("cut off in the " + it.bar + ": y " + px(it.rect.y0) + "–" + px(it.rect.y1) + ", visible y " +
          px(it.clip.y0) + "–" + px(it.clip.y1));
    for (size_t j = i + 1; j < items_.size(); ++j)
      if (items_[j].bar == it.bar && overlap(it.rect, items_[j].rect)) say("overlaps " + items_[j].id + " in the " + it.bar);
  }
  return out;
}

}  // namespace vv::gui
