// The "Gjør dette nå" lines of the national rules (rules.json "now"): the 2-3 things to do now
// that open an outcome. Checked per file here, and per outcome by check_now() on every answer set.
#pragma once
#include <vector>

#include "answers.hpp"
#include "diagnostics.hpp"
#include "invariants.hpp"
#include "model.hpp"
#include "outcome.hpp"

namespace vv {

// Ids ("now." prefix, unique), stages, roles and ages, no internal reference, and the parent
// exception in the text of a line tagged contact_parents outside the acute stages.
void check_now_lines(const Content& c, Diagnostics& d);

// On one outcome: 2-3 lines; acute/acute_consult: the parents rule, never contact_parents;
// emergency: the call to 113 first; report: the report itself; consent=no: none asks for
// consent; a parents line carries the exception, and for health personnel with a 16-17-year-old
// names the young person's consent (with texts).
void check_now(const Outcome& o, const Answers& a, std::vector<Violation>& v);

}  // namespace vv
