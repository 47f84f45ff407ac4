// The call block of the acute stages (see call_block.hpp).
#include "call_block.hpp"

#include <cctype>

#include "labels.hpp"

namespace vv {

bool leads_with_call_block(Stage s) { return s == Stage::acute || s == Stage::acute_consult || s == Stage::emergency; }

std::optional<CallBlock> call_block(const Outcome& o) {
  if (!leads_with_call_block(o.stage)) return std::nullopt;
  const std::string& L = o.text_lang;
  CallBlock b;
  b.call = label("acute.call", L);
  switch (o.stage) {
    case Stage::acute:  // SPEC §1.2 acute: barnevern and/or police directly; do NOT contact the parents first
      b.title = label("acute.title", L);
      b.rule = label("acute.dont", L);
      b.rule_why = label("acute.dont_why", L);
      break;
    case Stage::acute_consult:  // SPEC §1.2 acute_consult: discuss at once with barnevern; not the parents first
      b.red = false;
      b.title = label("consult.title", L);
      b.rule = label("acute.dont", L);
      b.rule_why = label("acute.dont_why", L);
      break;
    default:  // emergency, SPEC §1.2: 113, stay with the child; the parents are told as a rule, unless …
      b.title = label("emergency.title", L);
      b.rule = label("emergency.parents", L);
      b.rule_why = label("emergency.parents_why", L);
      break;
  }
  for (const auto& n : o.now) b.lead.push_back(n.text);  // checked on every path (now_lines.hpp)
  for (const auto& c : o.contacts)
    if (c.kind != "police") b.numbers.push_back(c);  // 02800 is not a number to call in danger
  b.notices = o.notices;
  return b;
}

std::string tel_uri(const std::string& phone) {
  std::string out = "tel:";
  for (char ch : phone)
    if (std::isdigit(static_cast<unsigned char>(ch)) || (ch == '+' && out.size() == 4)) out += ch;
  return out;
}

}  // namespace vv
