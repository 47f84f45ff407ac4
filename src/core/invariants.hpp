// The safety invariants of SPEC §1.4 (and the national rules of §1.2) as checks on one
// outcome, and the enumeration of every answer combination the flow allows.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "answers.hpp"
#include "outcome.hpp"

namespace vv {

struct Violation {
  std::string rule;     // short stable name, e.g. "acute-no-contact-parents"
  std::string message;  // what is wrong
};

std::vector<Violation> check_invariants(const Outcome& o, const Answers& a);

// The national item ids SPEC §1.4 requires for these answers (talk with the child, consent).
std::string expected_child_item(Stage s, const Answers& a);
std::string expected_consent_item(Stage s, const Answers& a);  // "" where no consent item belongs

// Calls `visit` with every complete answer set the flow can produce (all roles, ages 0–17).
// Returns the number visited.
size_t enumerate_answers(const Content& c, const std::function<void(const Answers&)>& visit);

std::string describe(const Answers& a);  // "role=skole acute=no ..."

}  // namespace vv
