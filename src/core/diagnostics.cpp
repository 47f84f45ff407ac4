// Collecting, sorting and printing diagnostics.
#include "diagnostics.hpp"

#include <algorithm>
#include <tuple>

namespace vv {

void Diagnostics::error(std::string file, int line, std::string c, std::string message) {
  items_.push_back({std::move(file), line < 1 ? 1 : line, std::move(c), std::move(message), Severity::error});
}

void Diagnostics::warning(std::string file, int line, std::string c, std::string message) {
  items_.push_back({std::move(file), line < 1 ? 1 : line, std::move(c), std::move(message), Severity::warning});
}

size_t Diagnostics::error_count() const {
  return static_cast<size_t>(
      std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

void Diagnostics::sort() {
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.file, a.line) < std::tie(b.file, b.line);
  });
}

std::string format(const Diagnostic& d) {
  return d.file + ":" + std::to_string(d.line) + ": " + d.code + ": " + d.message;
}

std::string Diagnostics::format() const {
  std::string out;
  for (const auto& d : items_) out += vv::format(d) + "\n";
  return out;
}

}  // namespace vv
