// Loads content/ (national files, local contacts, packs) into the model. Structural problems
// (JSON syntax, size, format version, unknown or missing keys, types, translations, ids,
// URLs, dates) are reported as diagnostics; cross-file checks live in validator.hpp.
#pragma once
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "diagnostics.hpp"
#include "json_lines.hpp"
#include "model.hpp"

namespace vv {

// One content file read and parsed under the size and depth limits.
struct ParsedFile {
  std::string path;     // as given, for diagnostics
  std::string text;
  LineMap lines;
  nlohmann::json json;  // null when parsing failed
  bool ok = false;
};

// Reads and parses `path`; reports E_MISSING_FILE, E_TOO_LARGE, E_JSON, E_FORMAT_VERSION.
ParsedFile parse_content_file(const std::string& path, Diagnostics& diags);
// Same for text already in memory (used by the fuzz targets and tests).
ParsedFile parse_content_text(const std::string& path, std::string text, Diagnostics& diags);

// Where content comes from: the installed national content, and a municipality's own
// directory beside it (DIR/packs/*.json, DIR/contacts.json, DIR/training/vignettes.json),
// so an upgrade of the national content reaches the municipality's packs.
struct ContentPaths {
  std::string content_dir;     // national content (questions, rules, laws, contacts, shipped packs)
  std::string local_dir;       // a municipality's directory; empty: none
  std::string local_contacts;  // overrides both DIR/contacts.json and content_dir/local/contacts.json
};

// Loads every content file below `dir`. `local_contacts` overrides dir/local/contacts.json.
Content load_content(const std::string& dir, Diagnostics& diags, const std::string& local_contacts = "");
// Loads the national content and the local directory together. A local pack whose id a
// national pack already uses is an E_DUPLICATE_ID error (the national pack is kept).
Content load_content(const ContentPaths& paths, Diagnostics& diags);

// Builders for single files (also used by the fuzz targets).
void load_questions(const ParsedFile& f, Content& c, Diagnostics& diags);
void load_rules(const ParsedFile& f, Content& c, Diagnostics& diags);
void load_laws(const ParsedFile& f, Content& c, Diagnostics& diags);
std::vector<Contact> load_contacts(const ParsedFile& f, Diagnostics& diags, std::string* municipality);
std::optional<Pack> load_pack(const ParsedFile& f, Diagnostics& diags);

// The content directory to use: $VEIVISER_CONTENT, the installed one, or the source tree's.
std::string default_content_dir();
// The local directory of an installed kiosk: $VEIVISER_LOCAL_DIR, or /etc/veiviser/local if
// it exists; empty otherwise.
std::string default_local_dir();

}  // namespace vv
