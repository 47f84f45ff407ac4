// libFuzzer target: any bytes as a content file (pack, questions, rules, laws, contacts)
// through the size/depth guard, the parser, the checked reader and the validator.
#include <cstddef>
#include <cstdint>
#include <string>

#include "diagnostics.hpp"
#include "loader.hpp"
#include "validator.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  vv::Diagnostics diags;
  auto f = vv::parse_content_text("fuzz.json", text, diags);
  vv::Content c;
  vv::load_questions(f, c, diags);
  vv::load_rules(f, c, diags);
  vv::load_laws(f, c, diags);
  std::string municipality;
  c.local_contacts = vv::load_contacts(f, diags, &municipality);
  if (auto p = vv::load_pack(f, diags)) c.packs.push_back(std::move(*p));
  // Validation enumerates answer paths only when questions and rules are sound; keep the
  // fuzzed content's own questions (usually none) so the run stays fast.
  vv::validate(c, diags);
  (void)diags.format();
  return 0;
}
