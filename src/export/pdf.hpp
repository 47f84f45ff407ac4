// The outcome as an A4 PDF sheet, typeset with pango/cairo in Noto Sans and made in memory.
#pragma once
#include <string>

#include "outcome.hpp"
#include "print_date.hpp"

namespace vv {

// PDF bytes: on acute, acute_consult and emergency sheets first a box with the numbers to call
// now and the parents rule (call_block.hpp); title, pack and step, stage, the checklist with
// empty tick boxes (who, source), law references with their checked date, contacts, links with
// QR codes, the checklist-to-phone QR code, and on every page a footer (no personal data, laws
// checked, pack version, the print date and "Side n av m"). Nothing is written to disk. Empty
// on a cairo error. The print date is today's (local time) unless given.
std::string render_pdf(const Outcome& o);
std::string render_pdf(const Outcome& o, const PrintDate& date);

}  // namespace vv
