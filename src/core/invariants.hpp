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

// Every invariant of SPEC §1.4 on one outcome. The text rules (5, 6, 9, 10) are checked
// where the outcome was built with Detail::full.
std::vector<Violation> check_invariants(const Content& c, const Outcome& o, const Answers& a);
// What a rendering (`output`: "text", "json", "phone", "pdf", "html") must keep of an
// outcome: every item whole (the phone: the call first and the parents rule and exception
// whole), every number with its name, the notices, the laws.
std::vector<Violation> check_rendered(const Outcome& o, const std::string& rendered, const std::string& output);

// The national item ids SPEC §1.4 requires for these answers (talk with the child, consent).
std::string expected_child_item(Stage s, const Answers& a);
std::string expected_consent_item(Stage s, const Answers& a);  // "" where no consent item belongs
std::vector<std::string> expected_no_consent_items(Stage s, const Answers& a);
// The meldeplikt provisions of a role (SPEC §1.4.7) and the consent law it must cite (§1.4.6).
std::vector<std::string> duty_laws(const std::string& role);
std::vector<std::string> consent_laws(const std::string& role);

// Which ages to try: all of 0–17, or one per class of ages that no rule tells apart (the
// boundaries of every national item's age range, of every condition on "age", and the
// SPEC §1.4 limits 7, 12, 15 and 16). Every age in a class yields the same item ids and
// tags, so checking one per class proves the invariants for all.
enum class Ages { all, one_per_class };
std::vector<int> age_representatives(const Content& c);
// Likewise for roles: one role per class of roles that every rule treats alike (each role
// list of a national item, law or condition, and "helse" for the SPEC §1.4 consent rule).
std::vector<std::string> role_representatives(const Content& c);

// Calls `visit` with every complete answer set the flow can produce (all roles and ages, or
// with Ages::one_per_class one role and one age per class).
// Returns the number visited.
size_t enumerate_answers(const Content& c, const std::function<void(const Answers&)>& visit, Ages ages = Ages::all);

std::string describe(const Answers& a);  // "role=skole acute=no ..."

}  // namespace vv
