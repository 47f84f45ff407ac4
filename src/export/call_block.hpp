// What an acute sheet or page leads with (acute, acute_consult, emergency): the numbers to call
// now, each with its name, what to do now and the parents rule of the stage. Format-neutral: the
// PDF draws it as a box at the top of page 1, the HTML edition as tel: links above everything
// else. The words are the ones the kiosk's acute screen shows (labels acute.*, consult.*,
// emergency.* and the outcome's «Gjør dette nå» lines), the numbers are the outcome's contacts in
// the core's order for the stage: nothing new is chosen here.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "outcome.hpp"

namespace vv {

struct CallBlock {
  bool red = true;                      // acute and emergency; acute_consult is amber (as on screen)
  std::string title;                    // "AKUTT: Handle nå", "Usikker: drøft med barnevernet nå", …
  std::vector<std::string> lead;        // «Gjør dette nå»: the outcome's 2-3 national lines for the stage
  std::string call;                     // "Ring nå"
  std::vector<OutcomeContact> numbers;  // the outcome's contacts in its order, without 02800 (SPEC §1.4.11)
  std::vector<std::string> notices;     // e.g. no number for the municipal barneverntjeneste configured
  std::string rule;                     // the parents rule, one line, shown strong
  std::string rule_why;                 // its reason, or (emergency) the switch to the acute rule
};

// The call block of an acute, acute_consult or emergency outcome; nullopt for any other stage.
std::optional<CallBlock> call_block(const Outcome& o);

// True for the stages that lead with a call block.
bool leads_with_call_block(Stage s);

// A phone number as a tel: URI: "tel:" and the digits (and a leading '+'), e.g. "tel:116111".
std::string tel_uri(const std::string& phone);

}  // namespace vv
