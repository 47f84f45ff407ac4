// Large QR codes (the phone checklist: version 20 and more) are encoded off the frame thread:
// choosing the mask of one takes several milliseconds, more than a frame may. Small ones (links)
// are encoded where they are drawn. The job lives in the session state (KioskSession::qr_job).
#pragma once
#include <future>
#include <map>
#include <optional>
#include <string>

#include "qr.hpp"

namespace vv::gui {

// Texts up to this many bytes (version 10 and less) are encoded in the frame: well under 1 ms.
inline constexpr std::size_t kQrInFrameBytes = 200;

// One QR code being made. Destroying it waits for the thread (a few milliseconds at most).
struct QrJob {
  std::string text;
  std::future<std::optional<QrMatrix>> result;
  bool operator==(const QrJob& o) const { return text == o.text && result.valid() == o.result.valid(); }
};

// Moves a finished job's code into `cache` (by its text) and empties the job; false if none was finished.
bool take_finished_qr(QrJob& job, std::map<std::string, std::optional<QrMatrix>>& cache);

// Starts encoding `text` on a thread of its own, which wipes its copy of the text and its dead
// stack before it ends.
std::future<std::optional<QrMatrix>> encode_qr_async(std::string text, int max_version);

}  // namespace vv::gui
