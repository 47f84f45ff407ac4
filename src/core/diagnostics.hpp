// Diagnostics: every problem found in content, as "file:line: CODE: message" with stable codes
// (like Yarn Spinner's), collected so that a check reports all problems at once.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace vv {

// Stable diagnostic codes. Never rename one: tests, scripts and authors rely on them.
namespace code {
inline constexpr const char* kJson = "E_JSON";                      // malformed JSON
inline constexpr const char* kTooLarge = "E_TOO_LARGE";             // over the size or nesting limit
inline constexpr const char* kFormatVersion = "E_FORMAT_VERSION";   // missing or unsupported "format"
inline constexpr const char* kMissingFile = "E_MISSING_FILE";       // a required file is absent
inline constexpr const char* kUnknownKey = "E_UNKNOWN_KEY";         // a key the format does not know
inline constexpr const char* kMissingKey = "E_MISSING_KEY";         // a required key is absent
inline constexpr const char* kType = "E_TYPE";                      // a value of the wrong JSON type
inline constexpr const char* kEmpty = "E_EMPTY";                    // a required list or text is empty
inline constexpr const char* kBadId = "E_BAD_ID";                   // an id not of the form [a-z0-9][a-z0-9._-]*
inline constexpr const char* kDuplicateId = "E_DUPLICATE_ID";       // an id used twice
inline constexpr const char* kDanglingRef = "E_DANGLING_REF";       // a reference to an id that does not exist
inline constexpr const char* kStageUnmapped = "E_STAGE_UNMAPPED";   // a stage a pack does not map
inline constexpr const char* kUnknownStage = "E_UNKNOWN_STAGE";     // a stage name not in SPEC §1.2
inline constexpr const char* kUnreachableStep = "E_UNREACHABLE_STEP";  // a step no stage or "next" reaches
inline constexpr const char* kNoAction = "E_NO_ACTION";             // an item without an action tag
inline constexpr const char* kUnknownAction = "E_UNKNOWN_ACTION";   // a tag not in SPEC §1.3
inline constexpr const char* kNoSource = "E_NO_SOURCE";             // an item without its source section
inline constexpr const char* kMissingTranslation = "E_MISSING_TRANSLATION";
inline constexpr const char* kBadUrl = "E_BAD_URL";                 // not an absolute http(s) URL
inline constexpr const char* kBadDate = "E_BAD_DATE";               // not YYYY-MM-DD
inline constexpr const char* kBadValue = "E_BAD_VALUE";             // a value outside its allowed set
inline constexpr const char* kSpecMismatch = "E_SPEC_MISMATCH";     // questions or values differ from SPEC §1.1
inline constexpr const char* kNoStage = "E_NO_STAGE";               // an answer set that no stage rule matches
inline constexpr const char* kInvariant = "E_INVARIANT";            // a path breaks a safety invariant (SPEC §1.4)
// Format 2 (SPEC format 2, December 2026)
inline constexpr const char* kVariantGap = "E_VARIANT_GAP";          // answers of a stage no variant matches
inline constexpr const char* kVariantOverlap = "E_VARIANT_OVERLAP";  // answers of a stage two variants match
inline constexpr const char* kReportStep = "E_REPORT_STEP";          // report maps to a step not about reporting
inline constexpr const char* kParentException = "E_PARENT_EXCEPTION";  // a parent item lacks the exception in its text
inline constexpr const char* kConsent = "E_CONSENT";                 // parents' consent asked where the young person consents
inline constexpr const char* kInternalRef = "E_INTERNAL_REF";        // user text names a file, SPEC or an internal id
// Training cases (content/training/vignettes.json)
inline constexpr const char* kTrainingAnswers = "E_TRAINING_ANSWERS";  // answers not exactly those the flow asks
inline constexpr const char* kTrainingStage = "E_TRAINING_STAGE";      // the answers lead to another stage
inline constexpr const char* kTrainingSource = "E_TRAINING_SOURCE";    // a source no checklist item has
// Authoring (issue 12): syntax found by the tolerant scanner (json_syntax.hpp), claims, placeholders
inline constexpr const char* kDuplicateKey = "E_DUPLICATE_KEY";      // the same key twice in one object
inline constexpr const char* kEncoding = "E_ENCODING";               // the file is not UTF-8 (e.g. Windows-1252)
inline constexpr const char* kLawsChecked = "E_LAWS_CHECKED";        // laws_checked later than the national law file or in the future
inline constexpr const char* kBadSource = "E_BAD_SOURCE";            // a source that names no document a reader can find
inline constexpr const char* kPlaceholder = "E_PLACEHOLDER";         // a "FYLL INN" text from new-pack left unfilled
inline constexpr const char* kDuplicateNational = "W_DUPLICATE_NATIONAL";  // warning: a pack item repeats a national item
inline constexpr const char* kNoLocalChildWelfare = "W_NO_LOCAL_CHILD_WELFARE";  // warning: no municipal barnevern number
}  // namespace code

enum class Severity { error, warning };

struct Diagnostic {
  std::string file;
  int line = 1;
  std::string code;
  std::string message;
  Severity severity = Severity::error;
  // For translated messages (diag_text.hpp): a message key and its arguments; `message`
  // always holds the English text, so scripts and tests that read English keep working.
  std::string key;
  std::vector<std::string> args;
};

class Diagnostics {
 public:
  void error(std::string file, int line, std::string code, std::string message);
  void warning(std::string file, int line, std::string code, std::string message);
  // A message from the table in diag_text.cpp, rendered in English into `message`.
  void add(Severity s, std::string file, int line, std::string code, std::string key, std::vector<std::string> args);
  const std::vector<Diagnostic>& all() const { return items_; }
  size_t error_count() const;
  bool ok() const { return error_count() == 0; }
  void sort();
  // "file:line: CODE: message", one per line.
  std::string format() const;
  // The same in nb, nn or en, each message followed by what to do (diag_text.hpp).
  std::string format(std::string_view lang) const;

 private:
  std::vector<Diagnostic> items_;
};

std::string format(const Diagnostic& d);

}  // namespace vv
