// Label lookup over the one table (see labels.hpp).
#include "labels.hpp"

namespace vv {
namespace {
const TextTable& table() {
  static const TextTable t(labels_detail::kLabels, labels_detail::kLabelCount);
  return t;
}
}  // namespace

const std::string& label(std::string_view key, std::string_view lang) { return table().get(key, lang); }
bool has_label(std::string_view key, std::string_view lang) { return table().has(key, lang); }
std::vector<std::string> label_keys() { return table().keys(); }

}  // namespace vv
