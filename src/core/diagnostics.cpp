// Collecting, sorting and printing diagnostics.
#include "diagnostics.hpp"

#include <algorithm>
#include <tuple>

#include "diag_text.hpp"

namespace vv {

void Diagnostics::error(std::string file, int line, std::string c, std::string message) {
  items_.push_back({std::move(file), line < 1 ? 1 : line, std::move(c), std::move(message), Severity::error, {}, {}});
}

void Diagnostics::warning(std::string file, int line, std::string c, std::string message) {
  items_.push_back({std::move(file), line < 1 ? 1 : line, std::move(c), std::move(message), Severity::warning, {}, {}});
}

void Diagnostics::add(Severity s, std::string file, int line, std::string c, std::string key,
                      std::vector<std::string> args) {
  Diagnostic d{std::move(file), line < 1 ? 1 : line, std::move(c), {}, s, std::move(key), std::move(args)};
  d.message = render_message(d.key, d.args, "en");
  items_.push_back(std::move(d));
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

std::string Diagnostics::format(std::string_view lang) const {
  std::string out;
  for (const auto& d : items_) out += d.file + ":" + std::to_string(d.line) + ": " + d.code + ": " + localize(d, lang) + "\n";
  return out;
}

}  // namespace vv
