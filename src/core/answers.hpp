// Answers to the national questions (SPEC §1.1) and the rules that read them: which question
// comes next, and which stage (SPEC §1.2) a complete set of answers leads to.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model.hpp"

namespace vv {

// key -> value, e.g. {"role": "skole", "age": "9"}. Ages are kept as decimal strings.
using Answers = std::map<std::string, std::string>;

bool matches(const Condition& c, const Answers& a);
bool matches(const AnyOf& any, const Answers& a);  // empty list: true
// A format-2 condition: keys the answers lack are ignored (see model.hpp).
bool matches(const When& w, const Answers& a);

// The question's wording for the answers so far (its first matching `texts` entry, else `text`).
const Text& question_text(const Question& q, const Answers& a);
const Text& question_help(const Question& q, const Answers& a);

// The decision path: the questions asked, in order, with the answers given (SPEC §3 "why").
struct WhyStep {
  const Question* question = nullptr;
  std::string value;
};
std::vector<WhyStep> why_path(const Content& c, const Answers& a);
// The label of an answer (the option's label, or the age itself) in `lang`.
std::string answer_label(const Question& q, const std::string& value, const std::string& lang);

// The first question in file order that applies to `a` and is not answered yet.
const Question* next_question(const Content& c, const Answers& a);
// The stage of a complete answer set (first rule that matches), if any.
std::optional<Stage> derive_stage(const Content& c, const Answers& a);
std::optional<int> age_of(const Answers& a);

// Result of replaying given answers through the flow (as `veiviser run` does).
struct Replay {
  Answers effective;                  // only the answers the flow reached
  const Question* missing = nullptr;  // the first reached question without an answer
};
Replay replay(const Content& c, const Answers& given);

// Parses "KEY=VALUE" (as given to --answer). Fails with a one-line message naming the problem.
struct ParsedAnswer {
  std::string key, value, error;
  bool ok() const { return error.empty(); }
};
ParsedAnswer parse_answer(const Content& c, std::string_view arg);

// Overwrites the answers' bytes before clearing them (see wipe.hpp).
void wipe(Answers& a);

}  // namespace vv
