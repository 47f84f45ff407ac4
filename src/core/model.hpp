// The content model: national questions, stage rules, laws, contacts and municipal packs,
// as loaded from content/*.json. Plain data; no behaviour beyond small lookups.
#pragma once
#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vv {

inline constexpr int kFormatVersion = 2;

// A text in several languages: "nb", "nn", "en".
using Text = std::map<std::string, std::string>;
inline constexpr std::array<std::string_view, 3> kLanguages = {"nb", "nn", "en"};
bool is_language(std::string_view lang);
// The text in `lang`, else in `fallback`, else any language it has, else "".
const std::string& tr(const Text& text, std::string_view lang, std::string_view fallback = "nb");

enum class Stage { acute, emergency, acute_consult, report, level0, level1, follow_up, level2, level3 };
inline constexpr std::array<Stage, 9> kStages = {Stage::acute,  Stage::emergency, Stage::acute_consult,
                                                 Stage::report, Stage::level0,    Stage::level1,
                                                 Stage::follow_up, Stage::level2, Stage::level3};
// acute and acute_consult: the stages where the parents are never contacted first (SPEC §1.4.1).
inline bool is_acute(Stage s) { return s == Stage::acute || s == Stage::acute_consult; }
// The stages that show a number for the municipal barneverntjeneste (SPEC §1.4.11).
inline bool needs_child_welfare_number(Stage s) {
  return s == Stage::acute || s == Stage::acute_consult || s == Stage::emergency || s == Stage::report;
}
// The stages whose outcome cites the meldeplikt provisions of the user's role (SPEC §1.4.7).
inline bool cites_duty(Stage s) {
  return s == Stage::acute || s == Stage::acute_consult || s == Stage::report || s == Stage::level2 ||
         s == Stage::level3;
}
std::string_view to_string(Stage s);
std::optional<Stage> parse_stage(std::string_view s);

enum class Action {
  call_emergency, contact_police, contact_child_welfare, report_child_welfare, discuss_anonymously,
  discuss_colleague_or_leader, inform_leader, talk_with_child, contact_parents, do_not_contact_parents,
  obtain_consent, document, measures_own_service, evaluate, involve_other_services, coordinate, follow_up
};
inline constexpr int kActionCount = 17;
std::string_view to_string(Action a);
std::optional<Action> parse_action(std::string_view s);
// Whether a list of action tags holds `a` (items, outcome items, «Gjør dette nå» lines).
bool has_action(const std::vector<Action>& actions, Action a);

// Answer conditions: every key's answer must be one of its values (AND); a list of them is an OR.
using Condition = std::map<std::string, std::vector<std::string>>;
using AnyOf = std::vector<Condition>;

// A format-2 condition on answers (step variants, pack items, question texts): every key
// given must match; `age` is an inclusive range. A key the flow did not ask is ignored.
struct When {
  Condition values;
  std::optional<std::pair<int, int>> age;
  bool empty() const { return values.empty() && !age; }
};

struct Link {
  Text title;
  std::string url;
};

struct Item {
  std::string id;
  Text text;
  std::vector<Action> actions;
  Text who;
  std::string source;
  Text how;
  std::vector<Text> tools;
  std::vector<std::string> laws;
  When when;                   // pack items: shown only where it matches
  bool needs_consent = false;  // asks for or presupposes consent: dropped when consent=no
  int line = 0;
  bool has(Action a) const;
};

struct Tip {
  Text text;
  std::string source;
};

struct Step {
  std::string id;
  Text name, title, summary;
  std::string source;
  std::vector<Item> items;
  std::vector<Tip> tips;
  std::vector<Link> links;
  std::vector<Text> tools;
  std::vector<std::string> laws;
  std::string next_step;
  Text next_text;
  int line = 0;
};

struct Section {
  std::string id;
  Text title;
  std::string source;
  std::vector<Text> paragraphs;
  std::vector<Link> links;
  std::vector<std::string> laws;
  int line = 0;
};

// One variant of a stage mapping: the step (and items) shown where `when` matches.
struct Variant {
  When when;
  std::string step;
  std::vector<std::string> items;  // empty: all items of `step`
  bool explicit_items = false;
  Text note;
  int line = 0;
};

// What a pack shows for a stage: one variant, or several chosen by the answers; the
// validator proves they cover every answer combination of the stage exactly once.
struct StageMapping {
  std::vector<Variant> variants;
  int line = 0;
};

struct MappingNote {
  std::string finding, note;
};

struct Pack {
  std::string file;
  std::string id;
  Text name, title, intro;
  std::string owner, language, version, laws_checked;
  std::vector<std::string> translations;
  std::string source_file, source_title, source_url;
  bool local = false;  // loaded from a municipality's local directory (ContentPaths::local_dir)
  std::vector<Section> sections;
  std::vector<Step> steps;
  std::map<Stage, StageMapping> stages;
  std::vector<MappingNote> mapping_notes;  // for authors and reviewers; never shown to users
  int line = 0;

  const Step* find_step(std::string_view id) const;
  const Item* find_item(std::string_view id) const;
  bool has_language(std::string_view lang) const;
};

struct Option {
  std::string value;
  Text label, help;
};

struct Question {
  std::string key;
  bool is_age = false;
  Text text, help;
  std::vector<Option> options;
  struct Wording {
    When when;
    Text text, help;
  };
  std::vector<Wording> texts;  // the first that matches replaces text (and help, if given)
  AnyOf ask_if;  // empty: always asked
  int line = 0;
  bool accepts(std::string_view value) const;
};

struct StageRule {
  Stage stage;
  AnyOf when;
  int line = 0;
};

enum class Position { first, last };

// Where a national entry applies: its stages, and optionally an age range, roles and answers.
struct NationalScope {
  std::vector<Stage> stages;
  std::optional<std::pair<int, int>> age;  // inclusive
  std::vector<std::string> roles;          // empty: all
  Condition answers;
  bool applies(Stage stage, const std::map<std::string, std::string>& answers_given) const;
};

struct NationalItem : NationalScope {
  Item item;
  Position position = Position::last;
};

// One of the 2-3 things to do now that open an outcome ("Gjør dette nå"), above the checklist.
struct NowLine : NationalScope {
  std::string id;
  Text text;
  std::vector<Action> actions;
  std::string source;
  int line = 0;
  bool has(Action a) const;
};

enum class LawStatus { in_force, not_yet_in_force, unconfirmed };
std::string_view to_string(LawStatus s);
std::optional<LawStatus> parse_law_status(std::string_view s);

struct Law {
  std::string id;
  Text ref, title, note, replaces;
  std::string law, url, checked, source_read;
  LawStatus status = LawStatus::unconfirmed;
  std::vector<std::string> seed_refs;
  std::vector<std::string> roles;  // the roles the provision binds; empty: every role
  int line = 0;
  bool binds(std::string_view role) const;
};

// A link the engine adds to every outcome of some stages (the national Fiks form on report).
struct NationalLink {
  std::vector<Stage> stages;
  Link link;
  int line = 0;
};

struct Contact {
  std::string id;
  Text name, when;
  std::string phone, kind;
  int line = 0;
};

// A training case ("Opplæring"); loaded and checked in training.hpp.
struct Vignette {
  std::string id, pack;
  Text title, story, why;
  std::map<std::string, std::string> answers;  // an Answers set (answers.hpp)
  Stage expected = Stage::level0;
  std::vector<std::string> sources;
  std::string file;  // the training file it came from (national or local)
  int line = 0;
};

struct Content {
  std::string dir;
  std::vector<Question> questions;
  std::vector<StageRule> stage_rules;
  std::map<Stage, Text> stage_names;
  std::vector<NationalItem> national_items;
  std::vector<NowLine> now_lines;  // "Gjør dette nå": 2-3 per outcome
  std::vector<NationalLink> national_links;
  std::vector<Law> laws;
  std::vector<Contact> national_contacts;
  std::vector<Contact> local_contacts;
  std::string municipality;
  std::vector<Pack> packs;
  std::vector<Vignette> vignettes;  // training cases (training.hpp); may be empty

  // file names, for diagnostics
  std::string questions_file, rules_file, laws_file, contacts_file, local_file;
  // A municipality's local directory (empty: none) and its training cases file, if any;
  // the training checker reads training_files (the national one first, then the local one).
  std::string local_dir;
  std::vector<std::string> training_files;

  const Pack* find_pack(std::string_view id) const;
  const Question* find_question(std::string_view key) const;
  const Law* find_law(std::string_view id) const;
};

}  // namespace vv
