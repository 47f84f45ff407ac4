// Print date and "Side n av m" in nb, nn and en; the words come from the label table.
#include "print_date.hpp"

#include <ctime>
#include <sstream>
#include <vector>

#include "labels.hpp"

namespace vv {

PrintDate print_date_today() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  if (!localtime_r(&now, &tm)) return {};
  return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

std::string print_date_text(const PrintDate& d, const std::string& lang) {
  // "export.months" holds the twelve month names, space separated.
  std::istringstream in(label("export.months", lang));
  std::vector<std::string> months;
  for (std::string m; in >> m;) months.push_back(m);
  std::string month = d.month >= 1 && d.month <= static_cast<int>(months.size()) ? months[d.month - 1] : std::to_string(d.month);
  std::string day = std::to_string(d.day) + (lang == "en" ? "" : ".");  // "6. desember", "6 December"
  return label("export.printed", lang) + " " + day + " " + month + " " + std::to_string(d.year);
}

std::string page_of_text(int page, int pages, const std::string& lang) {
  return label("export.page", lang) + " " + std::to_string(page) + " " + label("export.page_of", lang) + " " +
         std::to_string(pages);
}

}  // namespace vv
