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

// Which ages to try: all of 0–17, or one per class of ages that no rule tells apart (the
// boundaries of every national item's age range, of every condition on "age", and the
// SPEC §1.4 limits 7, 12, 15 and 16). Every age in a class yields the same item ids and
// tags, so checking one per class proves the invariants for all.
enum class Ages { all, one_per_class };
std::vector<int> age_representatives(const Content& c);
// Likewise for roles: one role per class of roles that every rule treats alike (each role
// list of a national item or condition, and "helse" for the SPEC §1.4 consent rule).
std::vector<std::string> role_representatives(const Content& c);

// Calls `visit` with every complete answer set the flow can produce (all roles and ages, or
// with Ages::one_per_class one role and one age per class).
// Returns the number visited.
size_t enumerate_answers(const Content& c, const std::function<void(const Answers&)>& visit, Ages ages = Ages::all);

std::string describe(const Answers& a);  // "role=skole acute=no ..."

}  // namespace vv
