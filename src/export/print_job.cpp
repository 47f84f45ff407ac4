// The parent side of the print worker (see print_job.hpp and print_worker.hpp for the protocol).
#include "print_job.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <ctime>

#include <nlohmann/json.hpp>

#include "labels.hpp"
#include "model.hpp"
#include "outcome_format.hpp"
#include "print_worker.hpp"
#include "wipe.hpp"

extern char** environ;

namespace vv {
namespace {

using Clock = std::chrono::steady_clock;

struct Fd {
  int fd = -1;
  ~Fd() { reset(); }
  void reset() {
    if (fd >= 0) close(fd);
    fd = -1;
  }
};

// SIGPIPE blocked for this thread while it writes to the worker (a worker that died early must
// not kill the kiosk); a SIGPIPE raised meanwhile is taken back before the old mask returns.
struct NoSigpipe {
  sigset_t pipe_set{}, old{};
  bool was_pending = false;
  NoSigpipe() {
    sigemptyset(&pipe_set);
    sigaddset(&pipe_set, SIGPIPE);
    sigset_t pending;
    sigpending(&pending);
    was_pending = sigismember(&pending, SIGPIPE) == 1;
    pthread_sigmask(SIG_BLOCK, &pipe_set, &old);
  }
  ~NoSigpipe() {
    if (!was_pending) {
      timespec zero{0, 0};
      while (sigtimedwait(&pipe_set, nullptr, &zero) == SIGPIPE) {
      }
    }
    pthread_sigmask(SIG_SETMASK, &old, nullptr);
  }
};

// Starts the worker with `in` as its stdin and `out` as its stdout; 0 if it could not start.
pid_t spawn_worker(const PrintRequest& r, int in, int out) {
  posix_spawn_file_actions_t fa;
  posix_spawnattr_t attr;
  posix_spawn_file_actions_init(&fa);
  posix_spawnattr_init(&attr);
  posix_spawn_file_actions_adddup2(&fa, in, 0);
  posix_spawn_file_actions_adddup2(&fa, out, 1);
  posix_spawn_file_actions_addclosefrom_np(&fa, 3);  // no kiosk descriptor (X, DRM, ...) reaches the worker
  // The worker starts with no blocked signals and default actions, whatever the kiosk set.
  sigset_t none, defaults;
  sigemptyset(&none);
  sigemptyset(&defaults);
  for (int s : {SIGPIPE, SIGTERM, SIGINT, SIGHUP, SIGCHLD, SIGALRM}) sigaddset(&defaults, s);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  std::string arg0 = "veiviser";
  char* argv[] = {arg0.data(), const_cast<char*>(r.worker_command.c_str()), nullptr};
  pid_t pid = 0;
  int rc = posix_spawn(&pid, r.worker_exe.c_str(), &fa, &attr, argv, environ);
  posix_spawn_file_actions_destroy(&fa);
  posix_spawnattr_destroy(&attr);
  return rc == 0 ? pid : 0;
}

// Writes `request` to `to`, reads the worker's answer from `from`, until the worker closes its
// stdout or the deadline passes. False on timeout.
bool exchange(int to_fd, int from_fd, const std::string& request, std::string& answer, Clock::time_point deadline) {
  Fd to{to_fd};
  size_t sent = 0;
  fcntl(to.fd, F_SETFL, O_NONBLOCK);
  fcntl(from_fd, F_SETFL, O_NONBLOCK);
  NoSigpipe guard;
  while (true) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) return false;
    pollfd p[2] = {{from_fd, POLLIN, 0}, {to.fd, POLLOUT, 0}};
    int n = poll(p, to.fd >= 0 ? 2 : 1, static_cast<int>(std::min<long long>(left, 1000)));
    if (n < 0 && errno != EINTR) return true;  // treated as a worker that gave no answer
    if (n <= 0) continue;
    if (to.fd >= 0 && (p[1].revents & (POLLOUT | POLLERR | POLLHUP))) {
      ssize_t w = write(to.fd, request.data() + sent, request.size() - sent);
      if (w > 0) sent += static_cast<size_t>(w);
      if ((w < 0 && errno != EAGAIN && errno != EINTR) || sent == request.size()) to.reset();  // EOF for the worker
    }
    if (p[0].revents & (POLLIN | POLLHUP | POLLERR)) {
      char buf[512];
      ssize_t got = read(from_fd, buf, sizeof buf);
      if (got == 0) return true;
      if (got > 0 && answer.size() < 4096) answer.append(buf, static_cast<size_t>(got));
      if (got < 0 && errno != EAGAIN && errno != EINTR) return true;
    }
  }
}

// Waits for the worker to end (it has closed its stdout, or is killed at the deadline).
int reap(pid_t pid, Clock::time_point deadline, bool* timed_out) {
  int status = 0;
  while (true) {
    pid_t w = waitpid(pid, &status, WNOHANG);
    if (w == pid) return status;
    if (w < 0 && errno != EINTR) return 0;  // reaped elsewhere (a SIGCHLD handler): nothing to report
    if (Clock::now() >= deadline) {
      *timed_out = true;
      kill(pid, SIGKILL);
      while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
      }
      return status;
    }
    timespec ms10{0, 10'000'000};
    nanosleep(&ms10, nullptr);
  }
}

// The request as one line of JSON. Not inlined: nlohmann's serializer escapes strings through a
// 512-byte buffer on the stack, which clear_dead_stack() then clears once this frame is gone.
[[gnu::noinline]] std::string make_request(const Outcome& o, const std::string& lang) {
  return nlohmann::json{{"version", kPrintProtocolVersion}, {"lang", lang}, {"outcome", outcome_to_full_json(o)}}.dump();
}

// The dead stack below a print call (32 KiB), and the job thread's whole used stack from its
// outermost frame down (at -O3 the print call's frames reach deeper than 32 KiB).
void clear_dead_stack() { wipe_dead_stack<32 * 1024>(); }
void clear_thread_stack() { wipe_dead_stack<256 * 1024>(); }

// Clears the dead stack again when print_outcome_isolated returns: a library function called for
// the first time is bound lazily, and glibc's resolver saves the vector registers (which may
// still hold pieces of the request) on the stack below the caller.
struct ClearStackOnReturn {
  ~ClearStackOnReturn() { clear_dead_stack(); }
};

}  // namespace

PrintResult print_outcome_isolated(const PrintRequest& r) {
  ClearStackOnReturn clear_on_return;
  std::string lang = !r.lang.empty() ? r.lang : r.outcome ? r.outcome->text_lang : "nb";
  if (!is_language(lang)) lang = "nb";
  const PrintResult crashed{false, label("print.worker_failed", lang)};
  if (!r.outcome) return {false, label("print.failed", lang)};

  int in[2], out[2];
  if (pipe2(in, O_CLOEXEC) != 0) return crashed;
  if (pipe2(out, O_CLOEXEC) != 0) {
    close(in[0]), close(in[1]);
    return crashed;
  }
  pid_t pid = spawn_worker(r, in[0], out[1]);
  close(in[0]), close(out[1]);
  Fd from{out[0]};
  if (pid <= 0) {
    close(in[1]);
    return crashed;
  }
  std::string request = make_request(*r.outcome, lang);
  clear_dead_stack();
  const auto deadline = Clock::now() + r.timeout;
  std::string answer;
  bool timed_out = !exchange(in[1], from.fd, request, answer, deadline);
  wipe(request);
  if (timed_out) kill(pid, SIGKILL);
  int status = reap(pid, deadline, &timed_out);
  if (timed_out) return {false, label("print.timeout", lang)};

  // "ok MESSAGE\n" or "error MESSAGE\n"; anything else (a crash, a signal, no line) is a worker failure.
  size_t nl = answer.find('\n');
  bool exited = WIFEXITED(status);
  if (nl == std::string::npos || !exited) return crashed;
  std::string line = answer.substr(0, nl);
  if (line.rfind("ok ", 0) == 0 && WEXITSTATUS(status) == 0) return {true, line.substr(3)};
  if (line.rfind("error ", 0) == 0 && WEXITSTATUS(status) != 0) return {false, line.substr(6)};
  return crashed;
}

std::future<PrintResult> print_outcome_isolated_async(Outcome o, PrintRequest r) {
  ClearStackOnReturn clear_on_return;  // starting the thread binds library calls lazily too
  return std::async(std::launch::async, [o = std::move(o), r = std::move(r)]() mutable {
    r.outcome = &o;
    PrintResult result = print_outcome_isolated(r);
    clear_thread_stack();
    return result;
  });
}

}  // namespace vv
