// The kiosk's state machine and frame layout: top bar, the screen for the current mode,
// the wizard's bottom bar and the idle popup (see app.hpp).
#include "app.hpp"
#include "takeaway.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "labels.hpp"
#include "labels.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace vv::gui {
namespace {
bool g_high_contrast = false;
}

const StageExamples& App::stage_examples(const Pack& p) {
  auto it = stage_examples_.find(p.id);
  if (it == stage_examples_.end()) it = stage_examples_.emplace(p.id, vv::stage_examples(content_, p)).first;
  return it->second;
}

App::App(const Content& content, const Config& cfg, TrainingData training)
    : content_(content), cfg_(cfg), training_(std::move(training)), session_(content), lang_(cfg.language),
      text_size_(cfg.text_size), high_contrast_(cfg.high_contrast) {
  g_high_contrast = high_contrast_;
  idle_.configure(cfg.idle_timeout, cfg.idle_warning);
  start_pack = cfg.pack;
  session_.choose_language(lang_);
}

bool App::high_contrast_now() { return g_high_contrast; }

void App::set_lang(const std::string& l) {
  lang_ = l;
  session_.choose_language(l);
  if (train.session) train.session->choose_language(l);
}

void App::set_mode(Mode m) {
  mode_ = m;
  help_open = false;
}

void App::set_text_size(float s) {
  s = std::clamp(s, 14.0f, 40.0f);
  if (s != text_size_) text_size_ = s, font_rebuild_ = true;
}

void App::set_high_contrast(bool on) {
  high_contrast_ = g_high_contrast = on;
  font_rebuild_ = true;  // re-applies the theme too
}

bool App::armed() const {
  return mode_ != Mode::start || session_.answered_count() > 0 || start_pack != cfg_.pack || lang_ != cfg_.language ||
         text_size_ != cfg_.text_size || high_contrast_ != cfg_.high_contrast;
}

void App::wipe() {
  session_.reset();
  train.session.reset();
  train = TrainState{};
  ref = RefState{};
  help_open = false;
  start_pack = cfg_.pack;
  lang_ = cfg_.language;
  session_.choose_language(lang_);
  mode_ = Mode::start;
  text_size_ = cfg_.text_size;
  high_contrast_ = g_high_contrast = cfg_.high_contrast;
  clear_qr_cache();
  reset_takeaway();
  idle_.touch(now_);
  idle_state_ = Idle::State::active;
  context_reset_ = true;
  font_rebuild_ = true;
}

std::string App::screen_name() const {
  switch (mode_) {
    case Mode::start: return "start";
    case Mode::reference: return ref.compare ? "reference.compare" : "reference";
    case Mode::training:
      return train.index < 0 ? "training.list" : train.answering ? (train.session && train.session->complete() ? "training.result" : "training.question") : "training.story";
    case Mode::wizard:
      if (!session_.complete()) return "question";
      if (auto st = session_.stage()) {
        if (*st == Stage::acute) return "acute";
        if (*st == Stage::acute_consult) return "acute_consult";
        if (*st == Stage::emergency) return "emergency";
      }
      return "outcome";
  }
  return "?";
}

float bottom_bar_height() { return std::max(kTouch, ImGui::GetFontSize() * 2.2f) + ImGui::GetStyle().ItemSpacing.y * 2 + 4; }

void App::draw_top_bar() {
  const std::string& l = lang_;
  ImGui::PushFont(fonts().bold);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label("app.name", l).c_str());
  ImGui::PopFont();
  const Pack* p = session_.pack();
  if (mode_ == Mode::wizard && p) {
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr(p->name, l, p->language).c_str());
  }
  ImGuiStyle& st = ImGui::GetStyle();
  auto w = [&](const char* key) { return ImGui::CalcTextSize(label(key, l).c_str()).x + st.FramePadding.x * 2; };
  float right = w("top.quit") + w("top.contrast") + w("top.smaller") + w("top.larger") + st.ItemSpacing.x * 3;
  if (mode_ != Mode::start) right += w("top.home") + st.ItemSpacing.x;
  ImGui::SameLine(std::max(ImGui::GetCursorPosX() + st.ItemSpacing.x, ImGui::GetWindowContentRegionMax().x - right));
  if (mode_ != Mode::start) {
    if (big_button("top.home", label("top.home", l), ImVec2(0, 0), Look::quiet)) {
      if (mode_ == Mode::wizard) session_.restart();
      train = TrainState{};
      set_mode(Mode::start);
    }
    ImGui::SameLine();
  }
  if (big_button("top.smaller", label("top.smaller", l), ImVec2(0, 0), Look::quiet)) set_text_size(text_size_ - 2);
  ImGui::SameLine();
  if (big_button("top.larger", label("top.larger", l), ImVec2(0, 0), Look::quiet)) set_text_size(text_size_ + 2);
  ImGui::SameLine();
  if (big_button("top.contrast", label("top.contrast", l), ImVec2(0, 0), high_contrast_ ? Look::selected : Look::quiet))
    set_high_contrast(!high_contrast_);
  ImGui::SameLine();
  if (big_button("top.quit", label("top.quit", l), ImVec2(0, 0), Look::danger)) wipe();
  ImGui::Separator();
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
      heading(label("idle.title", lang_));
      char buf[160];
      std::snprintf(buf, sizeof buf, label("idle.body", lang_).c_str(), static_cast<int>(std::ceil(idle_.seconds_left(now_))));
      para(buf);
      if (big_button("idle.continue", label("idle.continue", lang_), ImVec2(-1, 0), Look::primary)) idle_.touch(now_);
    }
    ImGui::EndPopup();
  }
}

void App::frame() {
  registry().clear();
  idle_state_ = idle_.update(now_, armed());
  if (idle_state_ == Idle::State::expired) {
    wipe();
    idle_state_ = Idle::State::active;
  }
  const Palette& pal = palette(high_contrast_);
  ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->Pos);
  ImGui::SetNextWindowSize(vp->Size);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, to_vec4(pal.bg));
  ImGui::Begin("##veiviser", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar);
  draw_top_bar();
  switch (mode_) {
    case Mode::start: screen_start(*this); break;
    case Mode::reference: screen_reference(*this); break;
    case Mode::training: screen_training(*this); break;
    case Mode::wizard: {
      ImGui::BeginChild("##content", ImVec2(0, -bottom_bar_height()), false);
      if (pending_scroll >= 0 && ImGui::GetScrollMaxY() > 0) ImGui::SetScrollY(std::min(pending_scroll, ImGui::GetScrollMaxY())), pending_scroll = -1;
      if (!session_.complete()) {
        screen_question(*this, session_, "answer");
      } else if (auto o = session_.outcome()) {
        if (is_acute(o->stage) || o->stage == Stage::emergency) screen_acute(*this, *o);
        else screen_outcome(*this, *o);
      }
      ImGui::EndChild();
      ImGui::Separator();
      if (big_button("nav.back", label("q.back", lang_), ImVec2(0, 0), Look::quiet)) {
        session_.back();
        if (session_.answered_count() == 0) set_mode(Mode::start);
      }
      ImGui::SameLine();
      if (big_button("nav.restart", label("q.restart", lang_), ImVec2(0, 0), Look::quiet)) {
        session_.restart();
        set_mode(Mode::start);
      }
      break;
    }
  }
  draw_idle_popup();
  ImGui::End();
  ImGui::PopStyleColor();
}

}  // namespace vv::gui
