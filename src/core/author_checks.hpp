// Checks for what a pack claims and for an author's unfinished work (issue 12): the
// laws_checked date against the national law file and today, the source document's name,
// "FYLL INN" placeholders left from new-pack, and pack items that repeat a national item.
#pragma once
#include <string>

#include "diagnostics.hpp"
#include "model.hpp"
#include "outcome.hpp"

namespace vv {

// Today as YYYY-MM-DD (UTC); $VEIVISER_TODAY overrides it for tests.
std::string today_iso();
// The newest `checked` date in the national law file ("" if none).
std::string newest_law_check(const Content& c);
// True when a source file name looks like a document an author or reader can find: an
// http(s) URL, or a file name with a document extension (.pdf .docx .doc .odt .rtf .txt .html
// .htm .md); for a local pack also a name with a word of three letters or more (not a code).
bool plausible_source_file(const std::string& name, bool local);
// True when a pack item and a national item say the same: the same action tags and
// mostly the same words.
bool similar_items(const OutcomeItem& a, const OutcomeItem& b);

// E_LAWS_CHECKED, E_BAD_SOURCE and E_PLACEHOLDER for pack `p`.
void check_pack_claims(const Content& c, const Pack& p, Diagnostics& d);
// W_DUPLICATE_NATIONAL: one warning per pack item that repeats a national item somewhere.
void check_national_duplicates(const Content& c, const Pack& p, Diagnostics& d);

}  // namespace vv
