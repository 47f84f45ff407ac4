// The print date and page numbers every PDF page carries ("Skrevet ut 6. desember 2026",
// "Side 2 av 3"), in the sheet's language (UX review 2026-12, §5 PDF). No time of day.
#pragma once
#include <string>

namespace vv {

struct PrintDate {
  int year = 1970, month = 1, day = 1;  // month 1..12
};

// Today's date from the system clock, in local time (the kiosk's time zone).
PrintDate print_date_today();

// "Skrevet ut 6. desember 2026" (nb), "Skrive ut 6. desember 2026" (nn), "Printed 6 December 2026" (en).
std::string print_date_text(const PrintDate& d, const std::string& lang);

// "Side 2 av 3" (nb, nn), "Page 2 of 3" (en).
std::string page_of_text(int page, int pages, const std::string& lang);

}  // namespace vv
