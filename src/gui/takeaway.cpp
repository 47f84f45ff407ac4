// The take-away block (see takeaway.hpp). Printing runs in a worker process, asynchronously;
// the printer status is asked once per outcome shown, not every frame.
#include "takeaway.hpp"

#include <algorithm>
#include <chrono>
#include <optional>

#include <imgui.h>

#include "app.hpp"
#include "labels.hpp"
#include "phone_text.hpp"
#include "print.hpp"
#include "print_job.hpp"
#include "theme.hpp"
#include "widgets.hpp"
#include "wipe.hpp"

namespace vv::gui {
namespace {

void reset_takeaway(TakeawayState& s) {
  s.status.reset();
  vv::wipe(s.message);
  vv::wipe(s.for_outcome);
  vv::wipe(s.phone_text);
  vv::wipe(s.phone_whole);
  s.phone_is_short = false;
}

}  // namespace

namespace {

// The phone code. A checklist too long for one easily scanned code gets the short form here
// (every safety item whole, the other items shortened, every number with its name), and where
// the whole list fits a denser code, that one after the checklist (draw_phone_whole); each says
// what it holds, and nothing is cut unsaid.
void draw_phone(const TakeawayState& s, const std::string& l, float qr_px) {
  para(label("out.phone_qr", l));
  if (!s.phone_is_short) {
    qr_code(s.phone_text, qr_px, 40);
    register_last_item("qr.checklist");
    return;
  }
  subheading(label("out.phone_short_code", l));
  // The safety items and numbers alone may need more than version 20, and are never cut.
  qr_code(s.phone_text, qr_px, 40);
  register_last_item("qr.checklist");
  muted(label(s.phone_whole.empty() ? "out.phone_short" : "out.phone_short_also", l));
}

void draw_print(TakeawayState& s, const Outcome& o, const std::string& l, bool hint) {
  if (hint) para(label("out.print_hint", l));
  if (!s.status) s.status = printer_status(l);
  if (s.status->ready) {
    // The PDF is rendered and printed by a worker process (print_job.hpp): what cairo, pango
    // and CUPS allocate for it dies with that process; the screen keeps drawing meanwhile.
    bool busy = s.job.valid();
    ImGui::BeginDisabled(busy);
    if (big_button("button.print", label(busy ? "out.printing" : "out.print", l)) && !busy) {
      s.job = print_outcome_isolated_async(o, PrintRequest{.lang = l});
      vv::wipe(s.message);
    }
    ImGui::EndDisabled();
    if (busy && s.job.wait_for(std::chrono::seconds(0)) == std::future_status::ready) s.message = s.job.get().message;
  } else {
    ImGui::BeginDisabled();
    big_button("button.print", label("out.print", l));
    ImGui::EndDisabled();
    s.message = s.status->message;
  }
  if (!s.message.empty()) para(s.message);
}

}  // namespace

void draw_takeaway(App& app, const Outcome& o, bool column) {
  const std::string& l = o.text_lang;
  TakeawayState& s = app.state().takeaway;
  std::string key = o.lang + "/" + o.pack_id + "/" + o.step_id;
  for (const auto& it : o.items) key += "/" + it.id;
  if (s.for_outcome != key) {
    reset_takeaway(s);
    s.for_outcome = key;
    PhoneForm form = PhoneForm::full;
    s.phone_text = checklist_phone_text(o, &form);
    s.phone_is_short = form == PhoneForm::short_items || form == PhoneForm::shortest;
    if (s.phone_is_short) s.phone_whole = checklist_phone_text_whole(o);
  }
  vv::wipe(key);
  if (column) {
    // Beside "Gjør dette nå": print first (one button), then the code at the column's width.
    subheading(label("out.takeaway", l));
    draw_print(s, o, l, false);
    ImGui::Spacing();
    draw_phone(s, l, std::clamp(ImGui::GetContentRegionAvail().x - 8, 220.0f, 380.0f));
    return;
  }
  ImGui::Separator();
  subheading(label("out.takeaway", l));
  // Small enough to leave the block on a 1280x800 screen's first view, large enough for 3 px modules.
  float qr_px = std::clamp(std::min(ImGui::GetContentRegionAvail().x * 0.35f, ImGui::GetMainViewport()->Size.y * 0.4f), 220.0f, 380.0f);
  // Large text on a small screen: one under the other, where the code's column could not hold
  // a long word of the note under it, or the print column a line.
  const float em = ImGui::GetFontSize();
  if (qr_px + 16 < em * 9 || ImGui::GetContentRegionAvail().x < qr_px + 16 + em * 14) {
    draw_phone(s, l, qr_px);
    ImGui::Spacing();
    draw_print(s, o, l, true);
    return;
  }
  if (ImGui::BeginTable("##takeaway", 2, ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("qr", ImGuiTableColumnFlags_WidthFixed, qr_px + 16);
    ImGui::TableSetupColumn("print", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableNextColumn();
    draw_phone(s, l, qr_px);
    ImGui::TableNextColumn();
    draw_print(s, o, l, true);
    ImGui::EndTable();
  }
}

void draw_phone_whole(App& app, const Outcome& o) {
  const TakeawayState& s = app.state().takeaway;
  if (!s.phone_is_short || s.phone_whole.empty() || s.for_outcome.empty()) return;
  const std::string& l = o.text_lang;
  ImGui::Separator();
  subheading(label("out.phone_whole_code", l));
  muted(label("out.phone_whole_hint", l));
  // About 3 px a module for a version-40 code where the page is wide enough, 2 px at least.
  qr_code(s.phone_whole, std::min(ImGui::GetContentRegionAvail().x - 8, 560.0f), 40);
  register_last_item("qr.checklist_whole");
}

}  // namespace vv::gui
