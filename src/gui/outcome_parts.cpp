// The parts of an outcome shared by the acute and outcome screens (see outcome_parts.hpp).
#include "outcome_parts.hpp"

#include <imgui.h>

#include <algorithm>

#include "labels.hpp"
#include "outcome_format.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace vv::gui {

namespace {
std::string join(const std::vector<std::string>& v, const char* sep = ", ") {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : sep) + x;
  return s;
}
}  // namespace

void draw_checklist(App& app, const Outcome& o, bool interactive) {
  const std::string& l = o.text_lang;
  int n = 0;
  for (const OutcomeItem& it : o.items) {
    ++n;
    ImGui::PushID(n);
    if (interactive) {
      bool t = app.session().ticked(it.id);
      if (check_row("tick." + it.id, &t)) app.session().set_ticked(it.id, t);
      ImGui::SameLine();
    } else {
      ImGui::Bullet();
      ImGui::SameLine();
    }
    ImGui::BeginGroup();
    para(std::to_string(n) + ". " + it.text);  // numbered as in the PDF and the phone text
    std::string meta;
    if (!it.who.empty()) meta += label("outcome.who", l) + ": " + it.who;
    if (!it.source.empty()) meta += (meta.empty() ? "" : "   ·   ") + label("outcome.source", l) + ": " + it.source;
    if (it.national) meta += (meta.empty() ? "" : "   ·   ") + label("outcome.national", l);
    muted(meta);
    if (!it.how.empty()) label_value(label("outcome.how", l), it.how);
    if (!it.tools.empty()) label_value(label("outcome.tools", l), join(it.tools));
    ImGui::EndGroup();
    ImGui::Spacing();
    ImGui::PopID();
  }
}

// The numbers, each with its name. Under "Ring nå" (big) only the ones to call now: 02800
// (the police when it is not urgent) comes after, in ordinary type (SPEC §1.4.11). A notice
// says so where no number for the municipal barneverntjeneste is configured.
void draw_contacts(const Outcome& o, bool big) {
  for (int pass = 0; pass < 2; ++pass) {
    if (pass == 1)
      for (const auto& n : o.notices) {
        ImGui::PushFont(fonts().bold);
        para(n);
        ImGui::PopFont();
      }
    for (const OutcomeContact& c : o.contacts) {
      bool later = big && c.kind == "police";
      if ((pass == 0) == later) continue;
      ImGui::PushFont(big && !later ? fonts().large : fonts().bold);
      text_line(c.phone + "   " + c.name);
      ImGui::PopFont();
      if (!c.when.empty()) {
        ImGui::Indent();
        para(c.when);
        ImGui::Unindent();
      }
    }
  }
  }

void draw_call_now(const Outcome& o) {
  for (const OutcomeContact& c : o.contacts) {
    if (c.kind == "police") continue;  // 02800: not now (SPEC §1.4.11)
    ImGui::PushFont(fonts().large);
    text_line(c.phone);
    float y = ImGui::GetItemRectMin().y - ImGui::GetWindowPos().y + ImGui::GetScrollY();
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::PushFont(fonts().bold);
    ImGui::SetCursorPosY(y + (fonts().large->FontSize - fonts().bold->FontSize) * 0.8f);  // on the number's baseline
    text_line(c.name);
    ImGui::PopFont();
  }
}

void draw_call_notes(const Outcome& o) {
  for (const OutcomeContact& c : o.contacts) {
    bool later = c.kind == "police";
    if (!later && c.when.empty()) continue;
    ImGui::PushFont(fonts().bold);
    para(later ? c.phone + "   " + c.name : c.phone + ":");
    ImGui::PopFont();
    if (!c.when.empty()) {
      ImGui::Indent();
      para(c.when);
      ImGui::Unindent();
    }
  }
  for (const auto& n : o.notices) {
    ImGui::PushFont(fonts().bold);
    para(n);
    ImGui::PopFont();
  }
}

void draw_now_lines(const Outcome& o) {
  ImGui::PushFont(fonts().bold);
  for (const OutcomeNow& n : o.now) bullet_para(n.text);
  ImGui::PopFont();
}

void draw_now(const Outcome& o) {
  const std::string& l = o.text_lang;
  subheading(label("outcome.now", l));
  draw_now_lines(o);
  if (!needs_child_welfare_number(o.stage)) return;
  ImGui::Spacing();
  subheading(label("outcome.call", l));
  for (const auto& n : o.notices) para(n);
  for (const OutcomeContact& c : o.contacts) {
    if (c.kind == "health") continue;  // legevakt: for the acute screens, not for a report
    ImGui::PushFont(fonts().bold);
    text_line(c.phone);
    ImGui::PopFont();
    ImGui::SameLine(ImGui::GetCursorPosX() + ImGui::GetFontSize() * 6);
    para(c.name);
  }
}

// "Dette svarte du": each question asked on the way and the answer given.
void draw_why(const Outcome& o) {
  if (o.why.empty()) return;
  ImGui::Separator();
  subheading(label("outcome.why", o.text_lang));
  for (const OutcomeWhy& w : o.why) bullet_para(w.question + " – " + w.answer);
}

// Tips, next step, contacts, law references and links as QR codes.
void draw_outcome_details(const Outcome& o, bool contacts) {
  const std::string& l = o.text_lang;
  if (!o.tips.empty()) {
    ImGui::Separator();
    subheading(label("outcome.tips", l));
    for (const auto& t : o.tips) bullet_para(t);
  }
  if (!o.next_text.empty()) {
    ImGui::Separator();
    label_value(label("outcome.next", l), o.next_text);
  }
  if (contacts && !o.contacts.empty()) {
    ImGui::Separator();
    subheading(label("outcome.contacts", l));
    draw_contacts(o, false);
  }
  if (!o.laws.empty()) {
    ImGui::Separator();
    subheading(label("outcome.laws", l));
    for (const OutcomeLaw& law : o.laws) {
      ImGui::Bullet();
      ImGui::SameLine();
      ImGui::BeginGroup();
      para(law.ref + (law.title.empty() ? "" : " – " + law.title));
      std::string meta = law_status_label(law.status, l) + ", " + label("outcome.checked", l) + " " + law.checked;
      muted(meta);
      if (law.status != LawStatus::in_force && !law.note.empty()) muted(law.note);
      ImGui::EndGroup();
    }
  }
  if (!o.links.empty()) {
    ImGui::Separator();
    subheading(label("outcome.links", l));
    muted(label("out.qr_hint", l));
    float card = std::max(220.0f, ImGui::GetFontSize() * 11);
    int cols = std::max(1, static_cast<int>(ImGui::GetContentRegionAvail().x / card));
    if (ImGui::BeginTable("##links", cols, ImGuiTableFlags_SizingStretchSame)) {
      int i = 0;
      for (const OutcomeLink& lk : o.links) {
        ImGui::TableNextColumn();
        ImGui::PushID(i++);
        para(lk.title);
        qr_code(lk.url, std::min(card - 20, 240.0f));
        register_last_item("qr." + std::to_string(i - 1));
        ImGui::PushFont(fonts().regular);
        muted(lk.url);
        ImGui::PopFont();
        ImGui::PopID();
      }
      ImGui::EndTable();
    }
  }
  ImGui::Separator();
  muted(label("outcome.content_checked", l) + " " + o.laws_checked + "   ·   " + o.pack_name + " " + o.pack_version);
}

}  // namespace vv::gui
