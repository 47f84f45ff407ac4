// A fresh kiosk session (see kiosk_session.hpp).
#include "kiosk_session.hpp"

namespace vv::gui {

KioskSession::KioskSession(const Content& content, const Config& cfg)
    : lang(cfg.language), start_pack(cfg.pack), wizard(content) {
  wizard.choose_language(lang);
}

}  // namespace vv::gui
