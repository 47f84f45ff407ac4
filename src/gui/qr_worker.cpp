// The QR encoding thread (see qr_worker.hpp).
#include "qr_worker.hpp"

#include <chrono>

#include "wipe.hpp"

namespace vv::gui {
namespace {

// Not inlined: its frames (and qrcodegen's below them) are dead stack when it returns.
[[gnu::noinline]] std::optional<QrMatrix> encode(const std::string& text, int max_version) {
  return make_qr(text, max_version);
}

}  // namespace

bool take_finished_qr(QrJob& job, std::map<std::string, std::optional<QrMatrix>>& cache) {
  if (!job.result.valid() || job.result.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return false;
  cache.insert_or_assign(std::move(job.text), job.result.get());
  job = QrJob{};
  return true;
}

std::future<std::optional<QrMatrix>> encode_qr_async(std::string text, int max_version) {
  return std::async(std::launch::async, [text = std::move(text), max_version]() mutable {
    std::optional<QrMatrix> m = encode(text, max_version);
    vv::wipe(text);
    wipe_dead_stack<64 * 1024>();  // what encoding left on this thread's stack (glibc keeps stacks for reuse)
    return m;
  });
}

}  // namespace vv::gui
