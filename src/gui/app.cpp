// The kiosk's frame layout and session handling (see app.hpp): top bar, the screen for the
// current mode, the wizard's bottom bar, the idle popup; the wipe.
#include "app.hpp"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "labels.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "touch_scroll.hpp"

namespace vv::gui {

App::App(const Content& content, const Config& cfg)
    : content_(content), cfg_(cfg), state_(std::make_unique<KioskSession>(content, cfg)),
      text_size_(cfg.text_size), high_contrast_(cfg.high_contrast) {
  idle_.configure(cfg.idle_timeout, cfg.idle_warning);
}

const StageExamples& App::stage_examples(const Pack& p) {
  auto it = stage_examples_.find(p.id);
  if (it == stage_examples_.end()) it = stage_examples_.emplace(p.id, vv::stage_examples(content_, p)).first;
  return it->second;
}

const Outcome* App::outcome() {
  OutcomeCache& c = state_->outcome;
  const Session& s = state_->wizard;
  if (!s.complete()) {
    if (!(c == OutcomeCache{})) c = OutcomeCache{};  // the old one's blocks are zeroed as they are freed
    return nullptr;
  }
  if (c.pack != s.pack()->id || c.lang != s.language() || c.answers != s.answers())
    c = OutcomeCache{s.pack()->id, s.language(), s.answers(), s.outcome()};
  return c.outcome ? &*c.outcome : nullptr;
}

void App::set_lang(const std::string& l) {
  state_->lang = l;
  state_->wizard.choose_language(l);
  if (state_->train.session) state_->train.session->choose_language(l);
}

void App::set_mode(Mode m) {
  state_->mode = m;
  state_->help_open = false;
}

void App::set_text_size(float s) {
  s = std::clamp(s, 14.0f, 40.0f);
  if (s != text_size_) text_size_ = s, font_rebuild_ = true;
}

void App::set_high_contrast(bool on) {
  high_contrast_ = on;
  font_rebuild_ = true;  // re-applies the theme too
}

// Nothing to wipe on a pristine start screen: the idle timer sleeps there.
bool App::armed() const { return !out_of_order_ && !(*state_ == KioskSession(content_, cfg_)); }

void App::wipe() {
  // A printout under way is not waited for (its future would block until the worker ends).
  if (state_->takeaway.job.valid()) orphan_jobs_.push_back(std::move(state_->takeaway.job));
  state_.reset();  // every block it held is zeroed as it is freed (wipe_allocator.cpp)
  state_ = std::make_unique<KioskSession>(content_, cfg_);
  idle_.touch(now_);
  idle_state_ = Idle::State::active;
  context_reset_ = true;
}

double App::idle_timeout() const {
  std::string s = screen_name();
  if (s == "outcome" || s == "acute" || s == "acute_consult" || s == "emergency") return cfg_.idle_timeout_outcome;
  if (s.starts_with("reference") || s == "training.story" || s == "training.result") return cfg_.idle_timeout_reference;
  return cfg_.idle_timeout;
}

std::string App::screen_name() const {
  if (out_of_order_) return "out_of_order";
  const KioskSession& s = *state_;
  switch (s.mode) {
    case Mode::start: return "start";
    case Mode::reference: return s.ref.compare ? "reference.compare" : "reference";
    case Mode::training:
      if (s.train.index < 0) return "training.list";
      if (!s.train.answering) return "training.story";
      return s.train.session && s.train.session->complete() ? "training.result" : "training.question";
    case Mode::wizard:
      if (!s.wizard.complete()) return "question";
      if (auto st = s.wizard.stage()) {
        if (*st == Stage::acute) return "acute";
        if (*st == Stage::acute_consult) return "acute_consult";
        if (*st == Stage::emergency) return "emergency";
      }
      return "outcome";
  }
  return "?";
}

const std::string& App::screen_lang() const {
  const KioskSession& s = *state_;
  const Pack* shown = nullptr;
  if (s.mode == Mode::wizard && s.wizard.complete()) shown = s.wizard.pack();
  if (s.mode == Mode::reference) {
    const Pack* left = content_.find_pack(s.ref.left);
    const Pack* right = content_.find_pack(s.ref.right);
    if (!s.ref.compare) shown = content_.find_pack(s.ref.pack);
    // Two packs side by side share a screen language only where both are in it.
    else if (left && right && outcome_language(*left, s.lang) == outcome_language(*right, s.lang)) shown = left;
  }
  return shown ? outcome_language(*shown, s.lang) : s.lang;
}

float bottom_bar_height() { return std::max(kTouch, ImGui::GetFontSize() * 2.2f) + ImGui::GetStyle().ItemSpacing.y * 2 + 4; }

// Title (and the pack's name when there is room), then the buttons from the right; "Avslutt og
// slett" last, apart from the others. Where the row does not fit (small screen, large text) the
// pack's name goes first, then the buttons flow onto a second row; its text never grows past 26 px.
void App::draw_top_bar() {
  const std::string& l = screen_lang();
  // The bar's own text stays at most 26 px: at the largest sizes it would leave no room for the page.
  ImGui::SetWindowFontScale(std::min(1.0f, 26.0f / ImGui::GetFontSize()));
  ImGuiStyle& st = ImGui::GetStyle();
  auto w = [&](const char* key) { return ImGui::CalcTextSize(label(key, l).c_str()).x + st.FramePadding.x * 2; };
  float gap = std::max(48.0f, ImGui::GetFontSize() * 2);  // keeps "Avslutt og slett" apart
  float buttons = w("top.smaller") + w("top.larger") + w("top.contrast") + st.ItemSpacing.x * 2 + gap + w("top.quit");
  if (mode() != Mode::start) buttons += w("top.home") + st.ItemSpacing.x;
  float max_x = ImGui::GetWindowContentRegionMax().x;
  FixedBar bar("top bar");
  ImGui::PushFont(fonts().bold);
  ImGui::AlignTextToFramePadding();
  text_line(label("app.name", l));
  ImGui::PopFont();
  const Pack* p = session().pack();
  std::string pack_name = mode() == Mode::wizard && p ? tr(p->name, l, p->language) : "";
  float after_title = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + st.ItemSpacing.x;
  if (!pack_name.empty() && after_title + ImGui::CalcTextSize(pack_name.c_str()).x + st.ItemSpacing.x + buttons <= max_x) {
    ImGui::SameLine();
    text_line(pack_name, true);
  }
  float x = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + st.ItemSpacing.x;
  if (x + buttons <= max_x) ImGui::SameLine(max_x - buttons);
  // The first button is placed above; each next one on the current row if it fits, else on the next.
  bool first = true;
  auto place = [&](float width, float space) {
    if (first) return void(first = false);
    float cx = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + space;
    if (cx + width <= max_x) ImGui::SameLine(cx);
  };
  if (mode() != Mode::start) {
    place(w("top.home"), st.ItemSpacing.x);
    if (big_button("top.home", label("top.home", l), ImVec2(0, 0), Look::quiet)) {
      if (mode() == Mode::wizard) session().restart();
      state_->train = TrainState{};
      set_mode(Mode::start);
    }
  }
  place(w("top.smaller"), st.ItemSpacing.x);
  if (big_button("top.smaller", label("top.smaller", l), ImVec2(0, 0), Look::quiet)) set_text_size(text_size_ - 2);
  place(w("top.larger"), st.ItemSpacing.x);
  if (big_button("top.larger", label("top.larger", l), ImVec2(0, 0), Look::quiet)) set_text_size(text_size_ + 2);
  place(w("top.contrast"), st.ItemSpacing.x);
  if (big_button("top.contrast", label("top.contrast", l), ImVec2(0, 0), high_contrast_ ? Look::selected : Look::quiet))
    set_high_contrast(!high_contrast_);
  place(w("top.quit"), gap);
  if (big_button("top.quit", label("top.quit", l), ImVec2(0, 0), Look::danger)) state_->quit_asked = true;
  ImGui::SetWindowFontScale(1.0f);
  ImGui::Separator();
}

void App::draw_bottom_bar() {
  ImGui::Separator();
  FixedBar bar("bottom bar");
  if (big_button("nav.back", label("q.back", screen_lang()), ImVec2(0, 0), Look::quiet)) {
    session().back();
    if (session().answered_count() == 0) set_mode(Mode::start);
  }
  // No "Start på nytt" beside it: "Til start" in the top bar is the one way back to the start.
}

void App::draw_idle_popup() {
  const char* name = "##idle";
  if (idle_state_ == Idle::State::warning && !ImGui::IsPopupOpen(name)) ImGui::OpenPopup(name);
  ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x / 2, vp->Pos.y + vp->Size.y / 2), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(vp->Size.x - 40, 640.0f), 0));
  if (ImGui::BeginPopupModal(name, nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize)) {
    if (idle_state_ != Idle::State::warning) {
      ImGui::CloseCurrentPopup();
    } else {
      FixedBar fixed("idle dialog");
      heading(label("idle.title", lang()));
      char buf[160];
      std::snprintf(buf, sizeof buf, label("idle.body", lang()).c_str(), static_cast<int>(std::ceil(idle_.seconds_left(now_))));
      para(buf);
      if (big_button("idle.continue", label("idle.continue", lang()), ImVec2(-1, 0), Look::primary)) idle_.touch(now_);
    }
    ImGui::EndPopup();
  }
}

// "Avslutt og slett" asks once: "Slette alt og starte på nytt?" Ja, slett / Nei.
void App::draw_quit_popup() {
  const char* name = "##quit";
  if (state_->quit_asked && !ImGui::IsPopupOpen(name)) ImGui::OpenPopup(name);
  ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x / 2, vp->Pos.y + vp->Size.y / 2), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(vp->Size.x - 40, 640.0f), 0));
  if (ImGui::BeginPopupModal(name, nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize)) {
    bool yes = false;
    if (!state_->quit_asked) {
      ImGui::CloseCurrentPopup();
    } else {
      FixedBar fixed("quit dialog");
      heading(label("quit.ask", lang()));
      ImGui::Spacing();
      float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
      yes = big_button("quit.confirm", label("quit.yes", lang()), ImVec2(half, 0), Look::danger);
      ImGui::SameLine();
      if (big_button("quit.cancel", label("quit.no", lang()), ImVec2(half, 0), Look::quiet)) {
        state_->quit_asked = false;
        ImGui::CloseCurrentPopup();
      }
    }
    ImGui::EndPopup();
    if (yes) wipe();  // a fresh session state and a fresh ImGui context: the popup goes with them
  }
}

void App::frame() {
  widgets_.clear();
  outcome();  // drops an outcome the answers no longer lead to before the idle timer looks at the state
  update_qr_job(state_->qr_job, state_->qr_codes);  // QR codes made since the last frame
  std::erase_if(orphan_jobs_, [](std::future<PrintResult>& f) {
    return f.wait_for(std::chrono::seconds(0)) == std::future_status::ready && (f.get(), true);
  });
  idle_.configure(idle_timeout(), cfg_.idle_warning);
  idle_state_ = idle_.update(now_, armed());
  if (idle_state_ == Idle::State::expired) {
    wipe();
    idle_state_ = Idle::State::active;
  }
  const Palette& pal = palette(high_contrast_);
  if (audit_) audit_->begin_frame();
  WidgetEnv env{&pal, &widgets_, &state_, audit_};
  set_widget_env(&env);
  ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->Pos);
  ImGui::SetNextWindowSize(vp->Size);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, to_vec4(pal.bg));
  ImGui::Begin("##veiviser", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar);
  if (out_of_order_) {
    screen_out_of_order(*this);
    ImGui::End();
    ImGui::PopStyleColor();
    set_widget_env(nullptr);
    return;
  }
  draw_top_bar();
  switch (mode()) {
    case Mode::start: screen_start(*this); break;
    case Mode::reference: screen_reference(*this); break;
    case Mode::training: screen_training(*this); break;
    case Mode::wizard: {
      ImGui::BeginChild("##content", ImVec2(0, -bottom_bar_height()), false);
      touch_scroll_area();
      float& scroll = state_->pending_scroll;
      if (scroll >= 0 && ImGui::GetScrollMaxY() > 0) ImGui::SetScrollY(std::min(scroll, ImGui::GetScrollMaxY())), scroll = -1;
      if (!session().complete()) {
        screen_question(*this, session(), "answer");
      } else if (const Outcome* o = outcome()) {
        if (is_acute(o->stage) || o->stage == Stage::emergency) screen_acute(*this, *o);
        else screen_outcome(*this, *o);
      }
      ImGui::EndChild();
      draw_bottom_bar();
      break;
    }
  }
  draw_quit_popup();
  draw_idle_popup();
  update_qr_job(state_->qr_job, state_->qr_codes);  // starts making the codes this frame asked for
  ImGui::End();
  ImGui::PopStyleColor();
  set_widget_env(nullptr);
}

}  // namespace vv::gui
