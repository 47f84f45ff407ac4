// The print worker process (see print_worker.hpp): reads one request, renders the PDF with
// pango/cairo, sends it with libcups, answers with one line and exits. Everything those
// libraries allocated for the session goes away with this process.
#include "print_worker.hpp"

#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "labels.hpp"
#include "model.hpp"
#include "outcome_format.hpp"
#include "pdf.hpp"
#include "print.hpp"
#include "wipe.hpp"

namespace vv {
namespace {

void write_all(int fd, const std::string& s) {
  size_t done = 0;
  while (done < s.size()) {
    ssize_t w = write(fd, s.data() + done, s.size() - done);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return;
    done += static_cast<size_t>(w);
  }
}

// One status line; a message never spans lines.
int reply(bool ok, std::string message, int code) {
  for (char& c : message)
    if (c == '\n' || c == '\r') c = ' ';
  write_all(1, (ok ? "ok " : "error ") + message + "\n");
  return code;
}

// All of stdin, or false if it is larger than kPrintRequestMax or cannot be read.
bool read_request(std::string& out) {
  char buf[16384];
  while (true) {
    ssize_t n = read(0, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    if (n == 0) return true;
    out.append(buf, static_cast<size_t>(n));
    if (out.size() > kPrintRequestMax) return false;
  }
}

}  // namespace

int run_print_worker() {
  if (isatty(0)) {
    std::fprintf(stderr,
                 "veiviser: print-worker is internal: the kiosk starts it and sends it a request on a pipe\n");
    return 2;
  }
  // Ends with the kiosk (the kiosk also kills it after its time limit).
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  std::string raw;
  bool read_ok = read_request(raw);
  nlohmann::json j = read_ok ? nlohmann::json::parse(raw, nullptr, false) : nlohmann::json();
  wipe(raw);
  std::string lang = "nb";
  if (j.is_object() && j.contains("lang") && j["lang"].is_string() && is_language(j["lang"].get<std::string>()))
    lang = j["lang"].get<std::string>();
  if (!j.is_object() || j.value("version", 0) != kPrintProtocolVersion || !j.contains("outcome"))
    return reply(false, label("print.failed", lang), 2);
  std::optional<Outcome> o = outcome_from_json(j["outcome"]);
  j = nullptr;
  if (!o) return reply(false, label("print.failed", lang), 2);

  std::string pdf = render_pdf(*o);
  std::string message;
  bool ok = print_pdf(pdf, &message, lang);
  wipe(pdf);
  return reply(ok, message, ok ? 0 : 1);
}

}  // namespace vv
