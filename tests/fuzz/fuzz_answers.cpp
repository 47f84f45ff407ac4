// libFuzzer target: any bytes as --answer arguments (split on newlines) against the real
// content, then replay and, when complete, the outcome and its invariants.
#include <cstddef>
#include <cstdint>
#include <string>

#include "answers.hpp"
#include "invariants.hpp"
#include "loader.hpp"
#include "outcome.hpp"
#include "outcome_format.hpp"
#include "validator.hpp"

namespace {
const vv::Content& content() {
  static const vv::Content c = [] {
    vv::Diagnostics d;
    return vv::load_and_validate(VEIVISER_FUZZ_CONTENT_DIR, d);
  }();
  return c;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto& c = content();
  if (c.packs.empty()) return 0;
  std::string text(reinterpret_cast<const char*>(data), size);
  vv::Answers given;
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    std::string arg = text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    auto pa = vv::parse_answer(c, arg);
    if (pa.ok()) given[pa.key] = pa.value;
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  auto r = vv::replay(c, given);
  if (!r.missing) {
    const auto& pack = c.packs[size % c.packs.size()];
    if (auto o = vv::build_outcome(c, pack, r.effective, "nb")) {
      if (!vv::check_invariants(c, *o, r.effective).empty()) __builtin_trap();  // a safety rule broke
      (void)vv::outcome_to_json(*o).dump();
    }
  }
  vv::wipe(given);
  return 0;
}
