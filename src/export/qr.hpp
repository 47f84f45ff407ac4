// QR codes for links and for the checklist-to-phone text, as a module matrix any front end
// can draw (ImGui rectangles, cairo, PNG). Wraps Debian's libqrcodegencpp.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vv {

struct QrMatrix {
  int size = 0;                  // modules per side, without the quiet zone
  std::vector<uint8_t> modules;  // size*size, 1 = dark
  int version = 0;
  bool dark(int x, int y) const { return modules[static_cast<size_t>(y * size + x)] != 0; }
  bool operator==(const QrMatrix&) const = default;
};

inline constexpr int kQrQuietZone = 4;       // modules of white border to keep around it
inline constexpr int kQrMaxScannableVersion = 20;

// Encodes UTF-8 text as bytes with error correction M, at the smallest version that fits and
// no larger than `max_version`. nullopt if it does not fit.
std::optional<QrMatrix> make_qr(const std::string& text, int max_version = kQrMaxScannableVersion);

// Whether make_qr(text, max_version) would succeed, from the byte count alone (no encoding:
// choosing a code's mask costs milliseconds, this nothing).
bool qr_fits(const std::string& text, int max_version = kQrMaxScannableVersion);

}  // namespace vv
