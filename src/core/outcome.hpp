// What a stage shows, and the outcome of a complete answer set: the pack's step (its
// variant chosen by the answers) and the checklist (national items first/last around the
// pack's own items), the decision path, links, the law references of the user's role and
// the contacts, all resolved into one language. stage_view() is the one place that decides
// this; every screen and exporter shows what it returns.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "answers.hpp"
#include "model.hpp"

namespace vv {

struct OutcomeItem {
  std::string id, text, who, source, how;
  std::vector<std::string> tools;
  std::vector<Action> actions;
  std::vector<std::string> laws;
  bool national = false;
  bool has(Action a) const;
  bool operator==(const OutcomeItem&) const = default;
};

struct OutcomeLaw {
  std::string id, ref, title, law, url, checked, note, replaces;
  LawStatus status = LawStatus::unconfirmed;
  bool operator==(const OutcomeLaw&) const = default;
};

struct OutcomeLink {
  std::string title, url;
  bool national = false;
  bool operator==(const OutcomeLink&) const = default;
};

struct OutcomeContact {
  std::string id, name, phone, when, kind;
  bool local = false;
  bool operator==(const OutcomeContact&) const = default;
};

// One of the 2-3 things to do now that open the outcome ("Gjør dette nå").
struct OutcomeNow {
  std::string id, text;
  std::vector<Action> actions;
  bool has(Action a) const;
  bool operator==(const OutcomeNow&) const = default;
};

// One question asked on the way and the answer given (SPEC §3 "why").
struct OutcomeWhy {
  std::string key, question, answer;
  bool operator==(const OutcomeWhy&) const = default;
};

struct Outcome {
  std::string pack_id, pack_name, pack_title, owner, pack_version, laws_checked;
  std::string lang;       // the language asked for
  std::string text_lang;  // the language everything is in: `lang`, or the pack's own if it lacks `lang`
  std::string role;       // the user's role (laws are filtered by it)
  Stage stage = Stage::level0;
  int variant = 0;  // which variant of the pack's mapping of `stage`
  std::string stage_name;
  std::string step_id, step_name, step_title, step_summary, note, next_text;
  std::vector<std::string> tips;
  std::vector<OutcomeNow> now;  // what to do now, before the checklist (national, 2-3 lines)
  std::vector<OutcomeItem> items;
  std::vector<OutcomeWhy> why;
  std::vector<OutcomeLink> links;
  std::vector<OutcomeLaw> laws;
  std::vector<OutcomeContact> contacts;
  std::vector<std::string> notices;  // e.g. no number for the municipal barneverntjeneste configured
  bool missing_child_welfare_number = false;
  // Field by field (outcome_from_json's round trip is checked with it).
  bool operator==(const Outcome&) const = default;
};

// How much of an outcome to build: everything, or only stage, step and item ids and tags
// (all the structural invariants look at; language independent and much cheaper).
enum class Detail { full, ids_and_tags };

// The variant of the pack's mapping of `stage` that matches `a` (nullptr if none).
const Variant* select_variant(const Pack& p, Stage stage, const Answers& a, int* index = nullptr);

// What `stage` shows in pack `p` for answers `a`: the one function every consumer uses.
std::optional<Outcome> stage_view(const Content& c, const Pack& p, Stage stage, const Answers& a,
                                  const std::string& lang, Detail detail = Detail::full);
// Builds the outcome for a complete answer set; nullopt if the answers reach no stage.
std::optional<Outcome> build_outcome(const Content& c, const Pack& p, const Answers& a, const std::string& lang,
                                     Detail detail = Detail::full);
// The national items that apply to `stage` and `a`, in file order.
std::vector<const NationalItem*> national_items_for(const Content& c, Stage stage, const Answers& a);
// The "Gjør dette nå" lines for `stage` and `a`, in file order (text empty at ids_and_tags).
std::vector<OutcomeNow> now_for(const Content& c, Stage stage, const Answers& a, const std::string& lang, Detail detail);
// The contacts for a stage, most urgent first for acute stages.
std::vector<OutcomeContact> contacts_for(const Content& c, Stage stage, const std::string& lang);
OutcomeLaw resolve_law(const Law& l, const std::string& lang);
// The language an outcome of pack `p` is in when `lang` is asked for (SPEC §1.4.10).
const std::string& outcome_language(const Pack& p, const std::string& lang);

// Example answers for every stage and variant of a pack, derived by walking every answer
// combination (the first that reaches each): what the reference screen, the HTML edition and
// the preview show. A (stage, variant) no answer reaches is listed in `unreachable`.
struct StageExample {
  Stage stage;
  int variant = 0;
  Answers answers;
};
struct StageExamples {
  std::vector<StageExample> examples;  // in stage order, then variant order
  std::vector<std::pair<Stage, int>> unreachable;
};
StageExamples stage_examples(const Content& c, const Pack& p);

}  // namespace vv
