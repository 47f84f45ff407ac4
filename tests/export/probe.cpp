// Test helper: what the exporters make for a pack and answers (phone text, QR version, form),
// the longest checklist of every pack, and printer status / print_pdf against a test CUPS.
//   export_probe phone CONTENT PACK LANG KEY=VALUE...   -> JSON {phone_text, form, qr_version, items}
//   export_probe longest CONTENT                         -> one JSON line per pack: its longest checklist
//   export_probe status                                  -> JSON {ready, destination, message}
//   export_probe print CONTENT PACK LANG KEY=VALUE...    -> prints the message; exit 0 if the job was sent
//   export_probe print-isolated [--timeout-ms N] [--worker CMD] [--render-here 1] CONTENT PACK LANG KEY=VALUE...
//       -> print_outcome_isolated (the worker is this probe re-executed): JSON {ok, message, seconds,
//          left}; `left` counts pieces of the checklist items still in this process's memory once
//          content and outcome are freed (this probe has the kiosk's wiping operator delete).
//          --render-here 1 also calls render_pdf in this process (the positive control).
//          Exit 0 if the job was sent.
//   export_probe print-worker | print-worker-crash | print-worker-hang -> the worker (real; killed
//       by SIGKILL after reading the request; never answers)
#include <malloc.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <memory>
#include <iostream>
#include <nlohmann/json.hpp>

#include "answers.hpp"
#include "outcome.hpp"
#include "pdf.hpp"
#include "phone_text.hpp"
#include "print.hpp"
#include "print_job.hpp"
#include "print_worker.hpp"
#include "qr.hpp"
#include "validator.hpp"
#include "wipe.hpp"
#include "memory_scan.hpp"

using namespace vv;

namespace {

const char* form_name(PhoneForm f) {
  switch (f) {
    case PhoneForm::full: return "full";
    case PhoneForm::compact: return "compact";
    case PhoneForm::short_items: return "short_items";
    case PhoneForm::shortest: return "shortest";
  }
  return "?";
}

Content load(const std::string& dir) {
  Diagnostics d;
  Content c = load_and_validate(dir, d);
  if (!d.ok()) {
    std::cerr << d.format();
    std::exit(1);
  }
  return c;
}

std::optional<Outcome> outcome(int argc, char** argv, const Content& c) {
  const Pack* p = c.find_pack(argv[3]);
  if (!p) return std::nullopt;
  Answers a;
  for (int i = 5; i < argc; ++i) {
    auto pa = parse_answer(c, argv[i]);
    if (!pa.ok()) return std::nullopt;
    a[pa.key] = pa.value;
  }
  Replay r = replay(c, a);
  if (r.missing) return std::nullopt;
  return build_outcome(c, *p, r.effective, argv[4]);
}

nlohmann::json describe(const Outcome& o) {
  PhoneForm f;
  std::string t = checklist_phone_text(o, &f);
  auto q = make_qr(t, 40);
  return {{"phone_text", t}, {"form", form_name(f)}, {"qr_version", q ? q->version : -1}, {"bytes", t.size()},
          {"items", o.items.size()}};
}

// Every complete answer set, by walking the question flow.
void walk(const Content& c, Answers a, const std::function<void(const Answers&)>& f) {
  const Question* q = next_question(c, a);
  if (!q) {
    f(a);
    return;
  }
  if (q->is_age) {
    for (int age = 0; age <= 17; ++age) {
      a[q->key] = std::to_string(age);
      walk(c, a, f);
    }
  } else {
    for (const auto& o : q->options) {
      a[q->key] = o.value;
      walk(c, a, f);
    }
  }
}

// print-isolated: argv after the options is CONTENT PACK LANG KEY=VALUE... as for `print`.
int print_isolated(int argc, char** argv) {
  PrintRequest req;
  bool render_here = false;
  int i = 2;
  for (; i + 1 < argc && std::strncmp(argv[i], "--", 2) == 0; i += 2) {
    if (std::string(argv[i]) == "--timeout-ms") req.timeout = std::chrono::milliseconds(std::atol(argv[i + 1]));
    else if (std::string(argv[i]) == "--worker") req.worker_command = argv[i + 1];
    else if (std::string(argv[i]) == "--render-here") render_here = true;
  }
  if (argc - i < 3) return 2;
  std::optional<test::MaskedWindows> pattern;
  PrintResult r;
  auto t0 = std::chrono::steady_clock::now();
  {
    auto c = std::make_unique<Content>(load(argv[i]));
    auto o = outcome(argc - i + 2, argv + i - 2, *c);
    if (!o || o->items.empty()) return 2;
    std::string all;
    for (const auto& it : o->items) all += it.text + "\n";
    pattern.emplace(all);
    vv::wipe(all);
    req.outcome = &*o;
    req.lang = argv[i + 2];
    t0 = std::chrono::steady_clock::now();
    r = print_outcome_isolated(req);
    if (render_here) {  // after the print: its allocations would reuse (and overwrite) freed blocks
      std::string pdf = render_pdf(*o);
      vv::wipe(pdf);
    }
  }
  test::clear_dead_stack();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::cout << nlohmann::json{{"ok", r.ok}, {"message", r.message}, {"seconds", secs},
                              {"left", test::kMemoryScanUsable ? static_cast<long>(pattern->count_in_memory()) : -1L}, {"windows", pattern->windows()}}
                   .dump()
            << "\n";
  return r.ok ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::string cmd = argc > 1 ? argv[1] : "";
  if (cmd == "print-worker") return run_print_worker();
  // Freed memory stays in the heap (never trimmed or unmapped), so a scan sees every block the
  // process freed: stricter for "nothing left", and a stable positive control.
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  mallopt(M_MMAP_MAX, 0);
  if (cmd == "print-worker-crash") {
    char buf[4096];
    while (read(0, buf, sizeof buf) > 0) {
    }
    kill(getpid(), SIGKILL);
  }
  if (cmd == "print-worker-hang")
    while (true) pause();
  if (cmd == "print-isolated") return print_isolated(argc, argv);
  if (cmd == "status") {
    PrintStatus s = printer_status("nb");
    std::cout << nlohmann::json{{"ready", s.ready}, {"destination", s.destination}, {"message", s.message}}.dump() << "\n";
    return 0;
  }
  if ((cmd == "phone" || cmd == "print") && argc >= 5) {
    Content c = load(argv[2]);
    auto o = outcome(argc, argv, c);
    if (!o) {
      std::cerr << "no outcome\n";
      return 2;
    }
    if (cmd == "phone") {
      std::cout << describe(*o).dump() << "\n";
      return 0;
    }
    std::string msg;
    bool ok = print_pdf(render_pdf(*o), &msg, "nb");
    std::cout << msg << "\n";
    return ok ? 0 : 1;
  }
  if (cmd == "longest" && argc == 3) {
    Content c = load(argv[2]);
    for (const auto& p : c.packs) {
      std::optional<Outcome> best;
      Answers best_a;
      size_t best_bytes = 0;
      walk(c, {}, [&](const Answers& a) {
        auto o = build_outcome(c, p, a, p.language);
        if (!o) return;
        size_t bytes = 0;
        for (const auto& it : o->items) bytes += it.text.size() + it.who.size();
        if (bytes > best_bytes) best_bytes = bytes, best = o, best_a = a;
      });
      if (!best) continue;
      auto j = describe(*best);
      j["pack"] = p.id;
      j["lang"] = p.language;
      j["answers"] = best_a;
      auto t0 = std::chrono::steady_clock::now();
      std::string pdf = render_pdf(*best);
      j["pdf_ms"] = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      j["pdf_bytes"] = pdf.size();
      std::cout << j.dump() << "\n";
    }
    return 0;
  }
  std::cerr << "usage: see the comment at the top of probe.cpp\n";
  return 2;
}
