// Checklist-to-phone text with fallbacks that always fit, and QR PNG rendering (see phone_text.hpp).
#include "phone_text.hpp"

#include <stb/stb_image_write.h>

#include <vector>

#include "labels.hpp"
#include "qr.hpp"

namespace vv {
namespace {

bool fits(const std::string& s) { return qr_fits(s, kQrMaxScannableVersion); }

std::string header(const Outcome& o) {
  std::string h = o.pack_name + " – " + o.step_name;
  if (!o.step_title.empty()) h += ": " + o.step_title;
  return h + "\n";
}

// The contacts that matter most: emergency first, then the rest, as "phone name".
std::string contacts(const Outcome& o, bool with_names, size_t max) {
  std::string s;
  size_t n = 0;
  for (const auto& c : o.contacts) {
    if (n++ >= max) break;
    s += c.phone;
    if (with_names) s += " " + c.name;
    s += with_names ? "\n" : (n < o.contacts.size() && n < max ? ", " : "\n");
  }
  return s;
}

// Items a phone text never shortens: the call first and the parents rule, with its exception
// (SPEC §1.4.1, 1.4.5, 1.4.8).
bool safety_item(const OutcomeItem& it) {
  return it.has(Action::call_emergency) || it.has(Action::contact_parents) || it.has(Action::do_not_contact_parents);
}

std::string notices(const Outcome& o) {
  std::string s;
  for (const auto& n : o.notices) s += "! " + n + "\n";
  return s;
}

std::string full_form(const Outcome& o, bool who) {
  const std::string& L = o.text_lang;
  std::string s = header(o);
  s += label("outcome.stage", L) + ": " + o.stage_name + "\n" + notices(o) + "\n";
  s += label("outcome.checklist", L) + ":\n";
  int n = 0;
  for (const auto& it : o.items) {
    s += std::to_string(++n) + ". " + it.text + "\n";
    if (who && !it.who.empty()) s += "   " + label("outcome.who", L) + ": " + it.who + "\n";
  }
  if (!o.next_text.empty()) s += "\n" + o.next_text + "\n";
  if (!o.contacts.empty()) s += "\n" + label("outcome.contacts", L) + ":\n" + contacts(o, true, o.contacts.size());
  s += "\n" + label("outcome.no_personal_data", L) + "\n";
  return s;
}

std::string short_form(const Outcome& o, size_t item_bytes) {
  std::string s = o.pack_name + " – " + o.step_name + "\n" + notices(o);
  int n = 0;
  for (const auto& it : o.items)
    s += std::to_string(++n) + ". " + (safety_item(it) ? it.text : truncate_utf8(it.text, item_bytes)) + "\n";
  if (!o.contacts.empty()) s += contacts(o, true, o.contacts.size());
  return s;
}

// The last resort: the safety items whole (numbered as on the sheet), the numbers with their
// names, and how many items there are in all.
std::string safety_form(const Outcome& o) {
  std::string s = o.pack_name + " – " + o.step_name + "\n" + notices(o);
  int n = 0;
  for (const auto& it : o.items) {
    ++n;
    if (safety_item(it)) s += std::to_string(n) + ". " + it.text + "\n";
  }
  s += std::to_string(o.items.size()) + " " + label("export.items", o.text_lang) + ". " + label("export.phone_short", o.text_lang) + "\n";
  if (!o.contacts.empty()) s += contacts(o, true, o.contacts.size());
  return s;
}

size_t utf8_start(const std::string& s, size_t i) {
  while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

void png_append(void* ctx, void* data, int size) {
  static_cast<std::string*>(ctx)->append(static_cast<const char*>(data), static_cast<size_t>(size));
}

}  // namespace

std::string truncate_utf8(const std::string& s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  static const std::string ell = "…";
  if (max_bytes <= ell.size()) return "";
  size_t cut = utf8_start(s, max_bytes - ell.size());
  // Prefer ending at a sentence or word boundary in the last third of the room we have.
  size_t sentence = s.rfind(". ", cut);
  if (sentence != std::string::npos && sentence + 1 >= cut * 2 / 3) return s.substr(0, sentence + 1);
  size_t space = s.rfind(' ', cut);
  if (space != std::string::npos && space >= cut * 2 / 3) cut = space;
  std::string out = s.substr(0, cut);
  while (!out.empty() && (out.back() == ' ' || out.back() == ',' || out.back() == ':' || out.back() == ';')) out.pop_back();
  return out + ell;
}

std::string checklist_phone_text(const Outcome& o, PhoneForm* form) {
  auto done = [&](std::string s, PhoneForm f) {
    if (form) *form = f;
    return s;
  };
  if (std::string s = full_form(o, true); fits(s)) return done(s, PhoneForm::full);
  if (std::string s = full_form(o, false); fits(s)) return done(s, PhoneForm::compact);
  // The longest item length (bytes) at which the short form still fits: binary search.
  size_t lo = 16, hi = 400;
  if (fits(short_form(o, lo))) {
    while (lo < hi) {
      size_t mid = (lo + hi + 1) / 2;
      if (fits(short_form(o, mid))) lo = mid;
      else hi = mid - 1;
    }
    return done(short_form(o, lo), PhoneForm::short_items);
  }
  // Last resort: the safety items whole and the labelled numbers. This can exceed the
  // comfortably scannable size; it still fits a version-40 code, and is never cut.
  return done(safety_form(o), PhoneForm::shortest);
}

std::string checklist_phone_text_whole(const Outcome& o) {
  for (bool who : {true, false})
    if (std::string s = full_form(o, who); qr_fits(s, 40)) return s;
  return "";
}

std::string render_qr_png(const std::string& text, int px) {
  auto qr = make_qr(text, 40);
  if (!qr || px < 1) return {};
  const int side = (qr->size + 2 * kQrQuietZone) * px;
  std::vector<unsigned char> img(static_cast<size_t>(side) * static_cast<size_t>(side), 255);
  for (int y = 0; y < qr->size; ++y)
    for (int x = 0; x < qr->size; ++x) {
      if (!qr->dark(x, y)) continue;
      for (int dy = 0; dy < px; ++dy) {
        unsigned char* row = &img[static_cast<size_t>((y + kQrQuietZone) * px + dy) * static_cast<size_t>(side)];
        for (int dx = 0; dx < px; ++dx) row[(x + kQrQuietZone) * px + dx] = 0;
      }
    }
  std::string out;
  if (!stbi_write_png_to_func(png_append, &out, side, side, 1, img.data(), side)) return {};
  return out;
}

}  // namespace vv
