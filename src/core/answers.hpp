// Answers to the national questions (SPEC §1.1) and the rules that read them: which question
// comes next, and which stage (SPEC §1.2) a complete set of answers leads to.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "model.hpp"

namespace vv {

// key -> value, e.g. {"role": "skole", "age": "9"}. Ages are kept as decimal strings.
using Answers = std::map<std::string, std::string>;

bool matches(const Condition& c, const Answers& a);
bool matches(const AnyOf& any, const Answers& a);  // empty list: true

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
