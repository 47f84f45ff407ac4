// Text checks behind the safety rules that look at what a user reads (SPEC §1.4.5, 1.4.6,
// 1.4.9): does an item's own text carry the parent exception, does it name the young
// person's consent or the parents, does a text name an internal file or identifier.
// Used by the validator (content) and the invariant checks (every rendered output).
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace vv {

// True if `text` (in `lang`) says that the parents are not contacted first on suspicion of
// violence, sexual abuse or threats, or where it may put the child at risk or hinder an
// investigation: a word of every group of docs/content-format.md ("Parent exception").
bool has_parent_exception(std::string_view text, std::string_view lang);
// The first word group `text` lacks, for a message ("" when none is missing).
std::string missing_parent_exception_group(std::string_view text, std::string_view lang);

// True if `text` says the step is taken with the young person's own consent.
bool names_youth_consent(std::string_view text, std::string_view lang);
// True if `text` names the parents (foreldre, foresatte, føresette, parents …).
bool names_parents(std::string_view text, std::string_view lang);

// The internal reference `text` holds (a contract section, a law-id, a file name or path),
// if any (SPEC §1.4.9).
std::optional<std::string> internal_reference(std::string_view text);

// Lower-cases ASCII and the Norwegian letters ÆØÅ, for the checks above.
std::string fold_case(std::string_view text);

}  // namespace vv
