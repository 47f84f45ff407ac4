// The outcome of a complete answer set: the pack's step for the derived stage and the
// checklist (national items first/last around the pack's own items), with links, law
// references and contacts, all resolved into one language. This is what every screen and
// exporter shows.
#pragma once
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
};

struct OutcomeLaw {
  std::string id, ref, title, url, checked, status, note;
  std::vector<std::string> seed_refs;
};

struct OutcomeLink {
  std::string title, url;
};

struct OutcomeContact {
  std::string id, name, phone, when, kind;
  bool local = false;
};

struct Outcome {
  std::string pack_id, pack_name, pack_title, owner, pack_version, laws_checked;
  std::string lang;       // the language asked for
  std::string text_lang;  // the language the pack's own texts are in (the pack's, if it lacks `lang`)
  Stage stage = Stage::level0;
  std::string stage_name;
  std::string step_id, step_name, step_title, step_summary, note, next_text;
  std::vector<std::string> tips;
  std::vector<OutcomeItem> items;
  std::vector<OutcomeLink> links;
  std::vector<OutcomeLaw> laws;
  std::vector<OutcomeContact> contacts;
};

// How much of an outcome to build: everything, or only stage, step and item ids and tags
// (all the safety invariants look at; language independent and much cheaper).
enum class Detail { full, ids_and_tags };

// Builds the outcome for a complete answer set; nullopt if the answers reach no stage.
std::optional<Outcome> build_outcome(const Content& c, const Pack& p, const Answers& a, const std::string& lang,
                                     Detail detail = Detail::full);
// The national items that apply to `stage` and `a`, in file order.
std::vector<const NationalItem*> national_items_for(const Content& c, Stage stage, const Answers& a);
// The contacts for a stage, most urgent first for acute stages.
std::vector<OutcomeContact> contacts_for(const Content& c, Stage stage, const std::string& lang);
OutcomeLaw resolve_law(const Law& l, const std::string& lang);

}  // namespace vv
