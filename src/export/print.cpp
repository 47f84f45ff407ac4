// CUPS printing with libcups's destination API (see print.hpp).
#include "print.hpp"

#include <cups/cups.h>

#include "labels.hpp"

namespace vv {
namespace {

// The IPP document-name of every job (see print.hpp).
constexpr const char* kDocumentName = "veiviser-sjekkliste.pdf";

struct Dest {
  cups_dest_t* d = nullptr;
  Dest() : d(cupsGetNamedDest(CUPS_HTTP_DEFAULT, nullptr, nullptr)) {}
  ~Dest() {
    if (d) cupsFreeDests(1, d);
  }
  Dest(const Dest&) = delete;
  Dest& operator=(const Dest&) = delete;
};

PrintStatus status_of(const Dest& dest, std::string_view lang) {
  PrintStatus s;
  if (!dest.d) {
    // No server answering is told apart from a server without a default destination.
    s.message = cupsLastError() == IPP_STATUS_ERROR_SERVICE_UNAVAILABLE ? label("print.no_cups", lang)
                                                                         : label("print.no_printer", lang);
    return s;
  }
  s.destination = dest.d->name;
  const char* accepting = cupsGetOption("printer-is-accepting-jobs", dest.d->num_options, dest.d->options);
  const char* state = cupsGetOption("printer-state", dest.d->num_options, dest.d->options);
  if ((accepting && std::string_view(accepting) == "false") || (state && std::string_view(state) == "5")) {
    s.message = label("print.not_accepting", lang) + " " + s.destination;
    return s;
  }
  s.ready = true;
  s.message = label("print.ready", lang) + " " + s.destination;
  return s;
}

}  // namespace

PrintStatus printer_status(std::string_view lang) {
  Dest dest;
  return status_of(dest, lang);
}

bool print_pdf(const std::string& pdf, std::string* message, std::string_view lang) {
  auto say = [&](const std::string& m) {
    if (message) *message = m;
  };
  Dest dest;
  PrintStatus st = status_of(dest, lang);
  if (!st.ready) {
    say(st.message);
    return false;
  }
  if (pdf.empty()) {
    say(label("print.failed", lang));
    return false;
  }
  const std::string& title = label("print.job_title", "nb");
  // The document name has no space: cups-daemon 2.4.2-3+deb12u10 dies with SIGSEGV on a
  // document-name with a space (docs/printing.md). The job title may keep its space.
  cups_dinfo_t* info = cupsCopyDestInfo(CUPS_HTTP_DEFAULT, dest.d);
  int job = 0;
  bool ok = false;
  std::string err;
  if (cupsCreateDestJob(CUPS_HTTP_DEFAULT, dest.d, info, &job, title.c_str(), 0, nullptr) == IPP_STATUS_OK && job > 0) {
    if (cupsStartDestDocument(CUPS_HTTP_DEFAULT, dest.d, info, job, kDocumentName, CUPS_FORMAT_PDF, 0, nullptr, 1) ==
            HTTP_STATUS_CONTINUE &&
        cupsWriteRequestData(CUPS_HTTP_DEFAULT, pdf.data(), pdf.size()) == HTTP_STATUS_CONTINUE) {
      ok = cupsFinishDestDocument(CUPS_HTTP_DEFAULT, dest.d, info) == IPP_STATUS_OK;
    } else {
      cupsFinishDestDocument(CUPS_HTTP_DEFAULT, dest.d, info);
      cupsCancelDestJob(CUPS_HTTP_DEFAULT, dest.d, job);
    }
  }
  if (!ok) err = cupsLastErrorString() ? cupsLastErrorString() : "";
  if (info) cupsFreeDestInfo(info);
  say(ok ? label("print.sent", lang) + " " + st.destination
         : label("print.failed", lang) + (err.empty() ? "" : ": " + err));
  return ok;
}

}  // namespace vv
