// The checklist as plain text for a QR code read by an ordinary phone camera, and QR codes as PNG.
#pragma once
#include <string>

#include "outcome.hpp"

namespace vv {

enum class PhoneForm { full, compact, short_items, shortest };

// The checklist as plain text for a QR code: the full form if it fits version <=
// kQrMaxScannableVersion (EC M), else shorter forms (numbered items shortened, the safety
// items — the call first, the parents rule and its exception — always whole, every
// number with its name), else the safety items and numbers alone (which may need a larger
// code; never cut). `form` (optional) tells which one.
std::string checklist_phone_text(const Outcome& o, PhoneForm* form = nullptr);

// The whole checklist, every item whole, for a second, denser code beside a short one: the full
// form that fits a version-40 code, or empty if even that is too long (the sheet has it all).
std::string checklist_phone_text_whole(const Outcome& o);

// `text` as a QR code (EC M, smallest version up to 40) in PNG bytes: about 8 px per module and
// a 4-module quiet zone. Empty if the text does not fit at all.
std::string render_qr_png(const std::string& text, int px_per_module = 8);

// Cuts UTF-8 `s` to at most `max_bytes` bytes at a word boundary where possible, adding "…".
std::string truncate_utf8(const std::string& s, size_t max_bytes);

}  // namespace vv
