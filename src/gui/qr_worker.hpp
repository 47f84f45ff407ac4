// QR codes are encoded off the frame thread: choosing the mask of one takes 0.3 ms for a short
// link and several milliseconds for the phone checklist (version 20 and more), more than a frame
// may. A frame asks for the codes it draws; the ones not made yet are made together on a thread
// of their own and show in a later frame. The job lives in the session state (KioskSession).
#pragma once
#include <future>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "qr.hpp"

namespace vv::gui {

using QrCache = std::map<std::string, std::optional<QrMatrix>>;  // by the text encoded
using QrWanted = std::vector<std::pair<std::string, int>>;        // text, largest version

// The codes asked for and not made yet, and the thread making them. Destroying it waits for the
// thread (a few milliseconds at most).
struct QrJob {
  QrWanted wanted;  // asked for by this frame, for the next thread
  QrWanted making;  // what the thread is encoding
  std::future<std::vector<std::optional<QrMatrix>>> result;
  bool operator==(const QrJob& o) const {
    return wanted == o.wanted && making == o.making && result.valid() == o.result.valid();
  }
};

// The code for `text` if it is made (nullopt inside: it does not fit), else nullptr and it is asked for.
const std::optional<QrMatrix>* find_or_ask_qr(QrJob& job, QrCache& cache, const std::string& text, int max_version);

// Moves what the thread has made into `cache`, and starts a thread on what was asked for if none
// runs. Called at the start and the end of each frame.
void update_qr_job(QrJob& job, QrCache& cache);

// Encodes `texts` on a thread of its own, which wipes its copies of them and its dead stack before it ends.
std::future<std::vector<std::optional<QrMatrix>>> encode_qr_async(QrWanted texts);

}  // namespace vv::gui
