// The outcome as an A4 PDF sheet, typeset with pango/cairo in Noto Sans and made in memory.
#pragma once
#include <string>

#include "outcome.hpp"

namespace vv {

// PDF bytes: title, pack and step, stage, the checklist with empty tick boxes (who, source),
// law references with their checked date, contacts, links with QR codes, the checklist-to-phone
// QR code, and on every page a footer (no personal data, laws checked, pack version).
// Nothing is written to disk. Empty on a cairo error.
std::string render_pdf(const Outcome& o);

}  // namespace vv
