// The QR encoding thread (see qr_worker.hpp).
#include "qr_worker.hpp"

#include <algorithm>
#include <chrono>

#include "wipe.hpp"

namespace vv::gui {
namespace {

// Not inlined: its frames (and qrcodegen's below them) are dead stack when it returns.
[[gnu::noinline]] std::vector<std::optional<QrMatrix>> encode(const QrWanted& texts) {
  std::vector<std::optional<QrMatrix>> codes;
  for (const auto& [text, max_version] : texts) codes.push_back(make_qr(text, max_version));
  return codes;
}

bool listed(const QrWanted& w, const std::string& text) {
  return std::any_of(w.begin(), w.end(), [&](const auto& e) { return e.first == text; });
}

}  // namespace

const std::optional<QrMatrix>* find_or_ask_qr(QrJob& job, QrCache& cache, const std::string& text, int max_version) {
  if (auto it = cache.find(text); it != cache.end()) return &it->second;
  if (!listed(job.making, text) && !listed(job.wanted, text)) job.wanted.emplace_back(text, max_version);
  return nullptr;
}

void update_qr_job(QrJob& job, QrCache& cache) {
  if (job.result.valid() && job.result.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
    std::vector<std::optional<QrMatrix>> codes = job.result.get();
    for (size_t i = 0; i < codes.size() && i < job.making.size(); ++i)
      cache.insert_or_assign(std::move(job.making[i].first), std::move(codes[i]));
    job.making.clear();
  }
  if (!job.result.valid() && !job.wanted.empty()) {
    job.making = std::exchange(job.wanted, {});
    job.result = encode_qr_async(job.making);
  }
}

std::future<std::vector<std::optional<QrMatrix>>> encode_qr_async(QrWanted texts) {
  return std::async(std::launch::async, [texts = std::move(texts)]() mutable {
    std::vector<std::optional<QrMatrix>> codes = encode(texts);
    for (auto& t : texts) vv::wipe(t.first);
    wipe_dead_stack<64 * 1024>();  // what encoding left on this thread's stack (glibc keeps stacks for reuse)
    return codes;
  });
}

}  // namespace vv::gui
