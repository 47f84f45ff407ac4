// Every text a user of a pack reads, for the checks that look at all of them (validator.cpp).
#pragma once
#include <string>

#include "model.hpp"

namespace vv {

// Calls `f(what, text)` for every text a user of a pack reads, in every language it has.
template <typename F>
void each_visible_text(const Pack& p, F f) {
  auto text = [&](const std::string& what, int line, const Text& t) {
    for (const auto& [lang, s] : t) f(what, line, s);
  };
  text("the pack name", p.line, p.name);
  text("the pack title", p.line, p.title);
  text("the pack intro", p.line, p.intro);
  for (const auto& sec : p.sections) {
    text("section '" + sec.id + "'", sec.line, sec.title);
    f("section '" + sec.id + "' source", sec.line, sec.source);
    for (const auto& par : sec.paragraphs) text("section '" + sec.id + "'", sec.line, par);
    for (const auto& l : sec.links) text("a link of section '" + sec.id + "'", sec.line, l.title);
  }
  for (const auto& st : p.steps) {
    for (const auto* t : {&st.name, &st.title, &st.summary, &st.next_text}) text("step '" + st.id + "'", st.line, *t);
    f("step '" + st.id + "' source", st.line, st.source);
    for (const auto& tip : st.tips) {
      text("a tip of step '" + st.id + "'", st.line, tip.text);
      f("a tip of step '" + st.id + "' source", st.line, tip.source);
    }
    for (const auto& l : st.links) text("a link of step '" + st.id + "'", st.line, l.title);
    for (const auto& t : st.tools) text("a tool of step '" + st.id + "'", st.line, t);
    for (const auto& it : st.items) {
      for (const auto* t : {&it.text, &it.who, &it.how}) text("item '" + it.id + "'", it.line, *t);
      f("item '" + it.id + "' source", it.line, it.source);
      for (const auto& t : it.tools) text("a tool of item '" + it.id + "'", it.line, t);
    }
  }
  for (const auto& [stage, m] : p.stages)
    for (const auto& v : m.variants) text("the note of stage '" + std::string(to_string(stage)) + "'", v.line, v.note);
}

}  // namespace vv
