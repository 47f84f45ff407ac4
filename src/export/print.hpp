// Printing the PDF sheet through CUPS (libcups), streamed: no file is written by Veiviser.
#pragma once
#include <string>
#include <string_view>

namespace vv {

struct PrintStatus {
  bool ready = false;       // a default destination exists and accepts jobs
  std::string destination;  // its name, when there is one
  std::string message;      // what the print button should say (in the language asked for)
  bool operator==(const PrintStatus&) const = default;
};

// Asks CUPS (cupsGetNamedDest with no name: $LPDEST/$PRINTER, lpoptions, then the server's
// default) whether a default destination is configured and accepting jobs.
// It runs in the kiosk process (not the print worker, print_job.hpp): it holds no session data.
// It sends no document and no outcome, only asks for the default destination, so what libcups
// keeps in the kiosk's heap is the server's and printer's names and options.
PrintStatus printer_status(std::string_view lang = "nb");

// Sends the PDF bytes to the default destination as one job titled "Veiviser sjekkliste".
// The kiosk calls this only inside its print worker (print_outcome_isolated, print_job.hpp).
// On failure or with no printer, false and a message to show; on success a short confirmation.
bool print_pdf(const std::string& pdf_bytes, std::string* message, std::string_view lang = "nb");

}  // namespace vv
