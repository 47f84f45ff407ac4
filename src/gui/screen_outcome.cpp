// Outcome screen: the pack's own step ("Gult kort", "Nivå 2", "2b"), the stage, the checklist
// with session-only ticks, who/source/how, tips, contacts, law references with their checked
// date (and "ikke bekreftet"), and every link as a QR code.
#include <imgui.h>

#include "outcome_format.hpp"
#include "labels.hpp"
#include "outcome_parts.hpp"
#include "screens.hpp"
#include "takeaway.hpp"
#include "theme.hpp"
#include "labels.hpp"
#include "outcome_parts.hpp"
#include "screens.hpp"
#include "widgets.hpp"

namespace vv::gui {

void screen_outcome(App& app, const Outcome& o) {
  const std::string& l = o.text_lang;
  register_marker("screen.outcome");
  muted(label("outcome.stage", l) + ": " + o.stage_name + "   ·   " + o.pack_name);
  heading(o.step_name + (o.step_title.empty() ? "" : " – " + o.step_title));
  if (!o.step_summary.empty()) para(o.step_summary);
  if (!o.note.empty()) label_value(label("out.note", l), o.note);
  if (o.text_lang != o.lang) muted(label("outcome.language_note", l));
  ImGui::Separator();
  subheading(label("outcome.checklist", l));
  muted(label("out.ticks_note", l) + " " + label("outcome.document_here", l));
  draw_checklist(app, o, true);
  draw_takeaway(app, o);
  draw_outcome_details(o, true);
}

}  // namespace vv::gui
