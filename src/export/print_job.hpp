// Rendering and printing an outcome in a short-lived child process (the "print worker"), so
// that what cairo, pango, fontconfig, glib and libcups allocate with malloc for the session
// (copies of the checklist text, the PDF bytes, the IPP request) dies with the child instead of
// staying in the kiosk's heap after "Avslutt og slett" (the kiosk's operator delete only wipes
// C++ allocations).
//
// The kiosk re-executes its own binary (/proc/self/exe) as `veiviser print-worker` with
// posix_spawn (fork+exec; no fork without exec in a multi-threaded process) and hands it the
// outcome as JSON (outcome_to_full_json) over a pipe on its stdin: never argv, never a file.
// The worker renders the PDF, sends it to CUPS and answers with one status line on its stdout.
#pragma once
#include <chrono>
#include <future>
#include <string>

#include "outcome.hpp"

namespace vv {

struct PrintRequest {
  const Outcome* outcome = nullptr;  // what to print (not kept after the call)
  std::string lang;                  // language of the message; empty: the outcome's text_lang
  std::chrono::milliseconds timeout{60000};  // then the worker is killed (a hung cupsd, a stuck font scan)
  // For tests: the program and internal command started as the worker.
  std::string worker_exe = "/proc/self/exe";
  std::string worker_command = "print-worker";
};

struct PrintResult {
  bool ok = false;      // the job was accepted by CUPS
  std::string message;  // what to show on screen, in the language asked for (no session data)
};

// Renders and prints r.outcome in a worker process and waits for it (up to r.timeout; the
// caller's thread is blocked meanwhile). Never throws; every failure (no printer, a queue that
// rejects, a cupsd that dies, a worker that crashes or hangs) comes back as ok=false and a message.
PrintResult print_outcome_isolated(const PrintRequest& r);

// The same on a thread of its own, so the kiosk keeps drawing meanwhile: poll the future once
// a frame (wait_for(0s) == std::future_status::ready), then get(). The job owns `o` (a copy:
// freed, hence wiped, when the job ends); r.outcome is ignored. The future's destructor waits
// for the job (at most r.timeout), so keep it until it is ready.
std::future<PrintResult> print_outcome_isolated_async(Outcome o, PrintRequest r);

}  // namespace vv
