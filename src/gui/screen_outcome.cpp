// Outcome screen, leading with what to do: the situation in plain words as the heading (the
// pack's own step, "Gult kort", "Nivå 2", "4b", only as the line under it), then "Gjør dette
// nå" (2-3 lines, and on a report the numbers to call) and the step's summary and note beside
// "Ta med deg" (phone QR and print), both in a 1280x800 screen's first view; then the
// numbered checklist (session-only ticks), "Dette svarte du", tips, contacts, law references
// with their checked date, and every link as a QR code.
#include <imgui.h>

#include <algorithm>

#include "labels.hpp"
#include "outcome_format.hpp"
#include "outcome_parts.hpp"
#include "screens.hpp"
#include "takeaway.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace vv::gui {

namespace {

// The pack's step in its own words: its summary and the variant's note.
void draw_step_text(const Outcome& o) {
  if (o.step_summary.empty() && o.note.empty()) return;
  ImGui::Spacing();
  if (!o.step_summary.empty()) para(o.step_summary);
  if (!o.note.empty()) label_value(label("out.note", o.text_lang), o.note);
}

}  // namespace

void screen_outcome(App& app, const Outcome& o) {
  const std::string& l = o.text_lang;
  register_marker("screen.outcome");
  heading(o.stage_name);
  muted(label("outcome.in_procedure", l) + " " + o.pack_name + ":  " + o.step_name +
        (o.step_title.empty() ? "" : " – " + o.step_title));
  if (o.text_lang != o.lang) muted(label("outcome.language_note", l));
  ImGui::Separator();
  // Side by side where the take-away column leaves the lines a readable width; else stacked.
  const float takeaway_w = std::max(260.0f, ImGui::GetFontSize() * 14);
  ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(ImGui::GetFontSize() * 0.75f, 2));  // a gap between the two
  bool side = ImGui::GetContentRegionAvail().x >= takeaway_w + ImGui::GetFontSize() * 24 &&
              ImGui::BeginTable("##lead", 2, ImGuiTableFlags_SizingStretchProp);
  ImGui::PopStyleVar();  // the table keeps the padding it began with
  if (side) {
    ImGui::TableSetupColumn("now", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("takeaway", ImGuiTableColumnFlags_WidthFixed, takeaway_w);
    ImGui::TableNextColumn();
    draw_now(o);
    draw_step_text(o);  // beside the code, where the column has room
    ImGui::TableNextColumn();
    draw_takeaway(app, o, true);
    ImGui::EndTable();
  } else {
    draw_now(o);
    draw_takeaway(app, o, false);
    draw_step_text(o);
  }
  ImGui::Separator();
  subheading(label("outcome.checklist", l));
  muted(label("out.ticks_note", l) + " " + label("outcome.document_here", l));
  draw_checklist(app, o, true);
  draw_phone_whole(app, o);
  draw_why(o);
  draw_outcome_details(o, true);
}

}  // namespace vv::gui
