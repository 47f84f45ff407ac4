// The print worker keeps the kiosk's memory clean: after print_outcome_isolated and the wipe of
// the outcome, no copy of the checklist text is left in this process's writable memory, while
// the same render done in-process (render_pdf: pango, cairo and glib malloc their own copies)
// leaves copies behind (positive control). This binary is linked with the kiosk's wiping
// operator delete, as the kiosk is, so the C++ side of the session is wiped exactly as there.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "labels.hpp"
#include "memory_scan.hpp"
#include "outcome.hpp"
#include "pdf.hpp"
#include "print_job.hpp"
#include "wipe.hpp"

using namespace vv;

namespace {

// Item texts carry `tag` every 30 bytes or so (in every 48-byte window), so each test looks for
// its own text only.
[[gnu::noinline]] std::unique_ptr<Outcome> outcome_with(const std::string& tag) {
  auto o = std::make_unique<Outcome>();
  o->pack_id = "test";
  o->pack_name = "Testkommune";
  o->pack_title = "Rutine ved bekymring";
  o->pack_version = "1.0.0";
  o->laws_checked = "2026-01-01";
  o->lang = o->text_lang = "nb";
  o->stage_name = "Samarbeid";
  o->step_name = "Gult kort";
  o->step_title = "Hva gjør du sammen med andre?";
  for (int i = 0; i < 3; ++i) {
    OutcomeItem it;
    it.id = "i" + std::to_string(i);
    for (int k = 0; it.text.size() < 400; ++k)
      it.text += tag + "-" + std::to_string(i) + "." + std::to_string(k) + ": ring lederen. ";
    it.who = "Den som er bekymret";
    it.source = "Gult kort";
    o->items.push_back(std::move(it));
  }
  return o;
}

// Every 48-byte window of the checklist texts (a copy in a freed block often survives in pieces).
[[gnu::noinline]] test::MaskedWindows pattern_of(const Outcome& o) {
  std::string all;
  for (const auto& it : o.items) all += it.text;
  test::MaskedWindows w(all);
  vv::wipe(all);
  return w;
}

struct NoCups {
  // No print server: the worker renders and then reports that printing is unavailable. The
  // test never talks to a real cupsd.
  NoCups() { setenv("CUPS_SERVER", "/nonexistent/veiviser-test/cups.sock", 1); }
};

}  // namespace

TEST_SUITE("print_isolation") {
  TEST_CASE("the scan finds a text while it is in memory, and not once the wiping allocator freed it") {
    if (!test::kMemoryScanUsable) return;  // under ASan
    auto o = outcome_with("Skann7Q");
    auto p = pattern_of(*o);
    REQUIRE(p.windows() > 40);
    test::clear_dead_stack();
    CHECK(p.count_in_memory() >= 1);
    o.reset();
    CHECK(p.count_in_memory() == 0);
  }

  TEST_CASE("positive control: render_pdf in this process leaves copies of the checklist after the wipe") {
    if (!test::kMemoryScanUsable) return;  // under ASan
    NoCups no_cups;
    auto o = outcome_with("InProc4K");
    auto p = pattern_of(*o);
    test::clear_dead_stack();
    std::string pdf = render_pdf(*o);
    REQUIRE(pdf.rfind("%PDF-", 0) == 0);
    wipe(pdf);
    o.reset();
    test::clear_dead_stack();  // what is left is in the heap: blocks the libraries freed
    size_t left = p.count_in_memory();
    MESSAGE("copies left by an in-process render: " << left);
    CHECK(left >= 1);
  }

  TEST_CASE("print_outcome_isolated: the worker answers, and no copy of the checklist is left here") {
    if (!test::kMemoryScanUsable) return;  // under ASan
    NoCups no_cups;
    auto o = outcome_with("Isol9X");
    auto p = pattern_of(*o);
    test::clear_dead_stack();  // the set-up's own leftovers; none is cleared after the call
    PrintResult r = print_outcome_isolated({.outcome = o.get(), .lang = "nb"});
    CHECK_FALSE(r.ok);
    // The worker's own answer (not the parent's "worker failed"): it ran the whole protocol.
    CHECK((r.message == label("print.no_cups", "nb") || r.message == label("print.no_printer", "nb")));
    o.reset();
    CHECK(p.count_in_memory() == 0);
  }

  TEST_CASE("a worker that cannot start, crashes or hangs gives a message, never a throw or a hang") {
    NoCups no_cups;
    auto o = outcome_with("Fail2Z");
    PrintRequest r{.outcome = o.get(), .lang = "en"};
    r.worker_exe = "/nonexistent/veiviser";
    PrintResult missing = print_outcome_isolated(r);
    CHECK_FALSE(missing.ok);
    CHECK(missing.message == "Printing failed: the print process stopped unexpectedly. Use the QR code, or try again.");
    r.worker_exe = "/bin/sh";  // `sh print-worker`: no such script, exits 127 without a status line
    r.worker_command = "-c";
    PrintResult crashed = print_outcome_isolated(r);
    CHECK_FALSE(crashed.ok);
    CHECK(crashed.message == missing.message);
    r.worker_exe = "/proc/self/exe";
    r.worker_command = "print-worker-crash";  // killed by SIGKILL after reading the request
    PrintResult killed = print_outcome_isolated(r);
    CHECK_FALSE(killed.ok);
    CHECK(killed.message == missing.message);
    r.worker_command = "print-worker-hang";
    r.timeout = std::chrono::milliseconds(1500);
    auto t0 = std::chrono::steady_clock::now();
    PrintResult hung = print_outcome_isolated(r);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    CHECK_FALSE(hung.ok);
    CHECK(hung.message == "Printing took too long and was stopped. Use the QR code, or try again.");
    CHECK(s < 5.0);
  }

  TEST_CASE("print_outcome_isolated_async: the caller is free while the worker runs, then gets the message") {
    NoCups no_cups;
    auto o = outcome_with("Async3W");
    auto p = pattern_of(*o);
    test::clear_dead_stack();
    PrintRequest r{.lang = "nn"};
    r.worker_command = "print-worker-hang";
    r.timeout = std::chrono::milliseconds(1000);
    auto t0 = std::chrono::steady_clock::now();
    auto job = print_outcome_isolated_async(*o, r);
    CHECK(job.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready);
    CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::milliseconds(500));
    REQUIRE(job.wait_for(std::chrono::seconds(10)) == std::future_status::ready);
    CHECK(job.get().message == "Utskrifta tok for lang tid og vart avbroten. Bruk QR-koden, eller prøv igjen.");
    o.reset();
    if (test::kMemoryScanUsable) CHECK(p.count_in_memory() == 0);  // the job's copy and the job thread's stack too
  }

  TEST_CASE("print_outcome_isolated_async with the real worker leaves no copy either") {
    if (!test::kMemoryScanUsable) return;  // under ASan
    NoCups no_cups;
    auto o = outcome_with("AsyncReal5V");
    auto p = pattern_of(*o);
    test::clear_dead_stack();
    auto job = print_outcome_isolated_async(*o, PrintRequest{.lang = "nb"});
    PrintResult res = job.get();
    CHECK_FALSE(res.ok);
    CHECK((res.message == label("print.no_cups", "nb") || res.message == label("print.no_printer", "nb")));
    o.reset();
    CHECK(p.count_in_memory() == 0);
  }

  TEST_CASE("the worker gets stdin, stdout and stderr only, not the kiosk's other descriptors") {
    NoCups no_cups;
    auto o = outcome_with("Fds8P");
    int stray = open("/dev/null", O_RDONLY);  // no O_CLOEXEC, as a library's descriptor may be
    REQUIRE(stray > 2);
    PrintRequest r{.outcome = o.get(), .lang = "nb"};
    r.worker_command = "print-worker-fds";
    PrintResult res = print_outcome_isolated(r);
    close(stray);
    // 0, 1, 2 and the directory listing's own descriptor (3), nothing else.
    CHECK(res.message == "fds: 0 1 2 3");
  }
}
