// Entry point: the command line when asked for, else the kiosk (shaped like Dear ImGui's
// example_glfw_opengl3), the --screenshot renderer or the --test-script GUI test driver.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app.hpp"
#include "cli.hpp"
#include "process_privacy.hpp"
#include "config.hpp"
#include "loader.hpp"
#include "monkey.hpp"
#include "platform.hpp"
#include "test_driver.hpp"
#include "theme.hpp"
#include "validator.hpp"

namespace {

const char* kUsage =
    "usage: veiviser [--kiosk] [--config FILE] [--pack ID] [--lang nb|nn|en] [--high-contrast]\n"
    "                [--text-size PX] [--idle-timeout S] [--idle-warning S] [--content DIR] [--training FILE]\n"
    "       veiviser --screenshot FILE.png [--answer K=V]... [--mode wizard|reference|training]\n"
    "                [--size WxH] [--help-open] [--compare A,B] [--stage STAGE] [--vignette N] [--scroll PX]\n"
    "       veiviser --test-script FILE   (GUI tests)     veiviser --help  (command line)\n"
    "       veiviser --monkey N [--seed S] [--size WxH]   (soak test: N random events)\n";

struct Args {
  std::optional<std::string> config, pack, lang, content, training, screenshot, script, mode, compare, stage;
  std::optional<double> idle_timeout, idle_warning, text_size;
  std::vector<std::pair<std::string, std::string>> answers;
  int width = 1280, height = 800, vignette = -1;
  float scroll = -1;
  long monkey = -1;               // --monkey N: the soak test instead of the kiosk loop
  unsigned long long seed = 1;
  bool kiosk = false, windowed = false, high_contrast = false, help_open = false, first_frame_exit = false;
};

bool parse_args(int argc, char** argv, Args& a) {
  for (int i = 1; i < argc; ++i) {
    std::string s = argv[i];
    auto val = [&]() -> std::optional<std::string> {
      if (i + 1 >= argc) return std::nullopt;
      return std::string(argv[++i]);
    };
    std::optional<std::string> v;
    if (s == "--kiosk") a.kiosk = true;
    else if (s == "--windowed") a.windowed = true;
    else if (s == "--high-contrast") a.high_contrast = true;
    else if (s == "--help-open") a.help_open = true;
    else if (s == "--exit-after-first-frame") a.first_frame_exit = true;
    else if (s == "--config" && (v = val())) a.config = v;
    else if (s == "--pack" && (v = val())) a.pack = v;
    else if (s == "--lang" && (v = val())) a.lang = v;
    else if (s == "--content" && (v = val())) a.content = v;
    else if (s == "--training" && (v = val())) a.training = v;
    else if (s == "--screenshot" && (v = val())) a.screenshot = v;
    else if (s == "--test-script" && (v = val())) a.script = v;
    else if (s == "--mode" && (v = val())) a.mode = v;
    else if (s == "--compare" && (v = val())) a.compare = v;
    else if (s == "--stage" && (v = val())) a.stage = v;
    else if (s == "--vignette" && (v = val())) a.vignette = std::atoi(v->c_str());
    else if (s == "--idle-timeout" && (v = val())) a.idle_timeout = std::atof(v->c_str());
    else if (s == "--idle-warning" && (v = val())) a.idle_warning = std::atof(v->c_str());
    else if (s == "--scroll" && (v = val())) a.scroll = static_cast<float>(std::atof(v->c_str()));
    else if (s == "--text-size" && (v = val())) a.text_size = std::atof(v->c_str());
    else if (s == "--monkey" && (v = val())) a.monkey = std::max(0L, std::atol(v->c_str()));
    else if (s == "--seed" && (v = val())) a.seed = std::strtoull(v->c_str(), nullptr, 10);
    else if (s == "--size" && (v = val())) {
      if (std::sscanf(v->c_str(), "%dx%d", &a.width, &a.height) != 2 || a.width < 320 || a.height < 240 ||
          a.width > 7680 || a.height > 4320) {
        std::fprintf(stderr, "veiviser: --size must be WxH, e.g. 1280x800\n");
        return false;
      }
    } else if (s == "--answer" && (v = val())) {
      auto eq = v->find('=');
      if (eq == std::string::npos) {
        std::fprintf(stderr, "veiviser: --answer must be KEY=VALUE, not \"%s\"\n", v->c_str());
        return false;
      }
      a.answers.emplace_back(v->substr(0, eq), v->substr(eq + 1));
    } else {
      std::fprintf(stderr, "veiviser: unknown or incomplete option \"%s\"\n%s", s.c_str(), kUsage);
      return false;
    }
  }
  return true;
}

// Applies --answer values through the session, in flow order.
void apply_answers(vv::Session& s, const std::map<std::string, std::string>& given) {
  while (const vv::Question* q = s.current()) {
    auto it = given.find(q->key);
    if (it == given.end() || !s.answer(q->key, it->second)) break;
  }
}

// VEIVISER_TRACE_STARTUP=1 prints milliseconds since start at each start-up phase (stderr).
void trace_startup(const char* phase) {
  static const bool on = std::getenv("VEIVISER_TRACE_STARTUP") != nullptr;
  static const auto t0 = std::chrono::steady_clock::now();
  if (!on) return;
  long pages = 0, resident = 0;
  if (FILE* f = std::fopen("/proc/self/statm", "r")) {
    if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    std::fclose(f);
  }
  std::fprintf(stderr, "startup %7.1f ms  %6.1f MiB  %s\n",
               std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count(),
               resident * 4096.0 / (1024 * 1024), phase);
}

// Uploads the font atlas to the GPU now and frees ImGui's CPU copies of it (alpha and RGBA):
// kept, they would cost about as much memory as the rest of the program.
void upload_fonts(bool new_context) {
  if (new_context) {
    ImGui_ImplOpenGL3_CreateDeviceObjects();  // shaders and the font texture
  } else {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  ImGui::GetIO().Fonts->ClearTexData();
  ImGui::GetIO().Fonts->ClearInputData();  // the TTF copies; load_fonts reads the files again
}

void setup_imgui(GLFWwindow* w, const vv::gui::App& app) {
  vv::gui::imgui_create(w);
  vv::gui::load_fonts(app.text_size());
  upload_fonts(true);
  vv::gui::apply_theme(app.high_contrast(), app.text_size());
}

}  // namespace

int main(int argc, char** argv) {
  vv::harden_process();  // no core dumps, not dumpable: before any session data exists
  if (vv::cli::wants_cli(argc, argv)) return vv::cli::main(argc, argv);
  setenv("MESA_SHADER_CACHE_DISABLE", "true", 1);  // before any GL: Mesa must not write a shader cache

  Args args;
  if (!parse_args(argc, argv, args)) return 2;
  vv::gui::Config cfg;
  std::string err;
  if (!vv::gui::load_config(args.config.value_or(vv::gui::kDefaultConfigPath), args.config.has_value(), cfg, err)) {
    std::fprintf(stderr, "veiviser: %s\n", err.c_str());
    return 2;
  }
  if (args.kiosk) cfg.kiosk = true;
  if (args.windowed) cfg.kiosk = false;
  if (args.pack) cfg.pack = *args.pack;
  if (args.lang) {
    if (!vv::is_language(*args.lang)) return std::fprintf(stderr, "veiviser: --lang must be nb, nn or en\n"), 2;
    cfg.language = *args.lang;
  }
  if (args.high_contrast) cfg.high_contrast = true;
  if (args.idle_timeout) cfg.idle_timeout = std::max(0.1, *args.idle_timeout);
  if (args.idle_warning) cfg.idle_warning = std::max(0.1, *args.idle_warning);
  if (args.text_size) cfg.text_size = std::clamp(static_cast<float>(*args.text_size), 14.0f, 40.0f);
  if (args.content) cfg.content_dir = *args.content;
  if (args.screenshot || args.script || args.monkey >= 0) cfg.kiosk = false;

  std::string dir = cfg.content_dir.empty() ? vv::default_content_dir() : cfg.content_dir;
  vv::Diagnostics diags;
  trace_startup("start");
  vv::Content content = vv::load_and_validate(dir, diags, cfg.local_contacts);
  trace_startup("content loaded and validated");
  if (!diags.ok()) {
    std::cerr << diags.format() << "veiviser: content has " << diags.error_count() << " error(s); not starting\n";
    return 1;
  }
  if (!cfg.pack.empty() && !content.find_pack(cfg.pack)) {
    std::fprintf(stderr, "veiviser: no pack \"%s\"\n", cfg.pack.c_str());
    return 2;
  }
  std::string tpath = args.training.value_or(dir + "/training/vignettes.json");
  vv::gui::TrainingData training = vv::gui::load_training(tpath, content);
  trace_startup("training loaded");
  for (const auto& e : training.errors) std::fprintf(stderr, "veiviser: training: %s\n", e.c_str());

  vv::gui::TestDriver driver;
  if (args.script && !driver.load(*args.script, err)) return std::fprintf(stderr, "veiviser: %s\n", err.c_str()), 2;

  if (!vv::gui::platform_init()) return 1;
  trace_startup("glfw initialised");
  vv::gui::WindowOptions wo;
  wo.width = args.width;
  wo.height = args.height;
  wo.kiosk = cfg.kiosk;
  wo.visible = !args.screenshot && args.monkey < 0;
  GLFWwindow* win = vv::gui::create_window(wo);
  trace_startup("window and GL context");
  if (!win) {
    vv::gui::platform_shutdown();
    return 1;
  }
  {
    vv::gui::App app(content, cfg, std::move(training));
    setup_imgui(win, app);
    trace_startup("imgui and fonts");
    if (std::getenv("VEIVISER_TRACE_STARTUP"))
      std::fprintf(stderr, "font atlas %dx%d\n", ImGui::GetIO().Fonts->TexWidth, ImGui::GetIO().Fonts->TexHeight);

    // Screenshot state: answers applied through the session in flow order.
    std::map<std::string, std::string> given(args.answers.begin(), args.answers.end());
    std::string mode = args.mode.value_or("wizard");
    if (args.pack) app.start_pack = *args.pack;
    if (mode == "wizard" && !given.empty() && content.find_pack(app.start_pack)) {
      app.session().choose_pack(app.start_pack);
      app.session().choose_language(cfg.language);
      apply_answers(app.session(), given);
      if (app.session().answered_count() > 0) app.set_mode(vv::gui::Mode::wizard);
    } else if (mode == "reference") {
      app.set_mode(vv::gui::Mode::reference);
      if (args.pack) app.ref.pack = *args.pack;
      if (args.compare) {
        app.ref.compare = true;
        auto c = args.compare->find(',');
        app.ref.left = args.compare->substr(0, c);
        if (c != std::string::npos) app.ref.right = args.compare->substr(c + 1);
        if (args.stage)
          if (auto st = vv::parse_stage(*args.stage)) app.ref.stage = *st;
      }
    } else if (mode == "training") {
      app.set_mode(vv::gui::Mode::training);
      if (args.vignette >= 0 && args.vignette < static_cast<int>(app.training().vignettes.size())) {
        auto& v = app.training().vignettes[static_cast<size_t>(args.vignette)];
        app.train.index = args.vignette;
        if (!given.empty()) {
          app.train.answering = true;
          app.train.session = std::make_unique<vv::Session>(content);
          app.train.session->choose_pack(v.pack);
          app.train.session->choose_language(cfg.language);
          apply_answers(*app.train.session, given);
        }
      }
    } else if (mode != "wizard") {
      std::fprintf(stderr, "veiviser: --mode must be wizard, reference or training\n");
      return 2;
    }
    app.help_open = args.help_open;
    app.pending_scroll = args.scroll;
    if (args.monkey >= 0) {
      vv::gui::MonkeyHooks hooks;
      hooks.new_context = [&] { setup_imgui(win, app); };
      hooks.rebuild_fonts = [&] {  // as in the loop below
        vv::gui::load_fonts(app.text_size());
        upload_fonts(false);
        vv::gui::apply_theme(app.high_contrast(), app.text_size());
      };
      int mrc = vv::gui::run_monkey(win, app, {args.monkey, args.seed, 0}, hooks);
      app.session().reset();
      vv::gui::imgui_destroy();
      vv::gui::destroy_window(win);
      vv::gui::platform_shutdown();
      return mrc;
    }

    int frames = 0, extra = 3;
    int rc = 0;
    app.set_time(glfwGetTime());
    app.input_seen();
    while (!glfwWindowShouldClose(win)) {
      if (args.script || args.screenshot || extra > 0 || args.first_frame_exit) glfwPollEvents();
      else glfwWaitEventsTimeout(std::clamp(app.next_wake(), 0.02, 30.0));
      bool ev = vv::gui::take_input_event();
      if (!args.script) app.set_time(glfwGetTime());
      if (ev && !args.script) app.input_seen(), extra = 3;
      bool timer = app.next_wake() <= 0.05 || app.idle_warning();
      if (!(ev || extra > 0 || timer || args.script || args.screenshot)) continue;

      ImGui_ImplOpenGL3_NewFrame();
      ImGui_ImplGlfw_NewFrame();
      ImGuiIO& io = ImGui::GetIO();
      if (args.script && !driver.before_frame(app, io)) break;
      // Enter activates the focused widget too (1.86 maps only Space to "activate").
      if (io.KeysDown[GLFW_KEY_ENTER] || io.KeysDown[GLFW_KEY_KP_ENTER]) io.NavInputs[ImGuiNavInput_Activate] = 1.0f;
      std::string before = app.screen_name();
      bool warn_before = app.idle_warning();
      ImGui::NewFrame();
      app.frame();
      ImGui::Render();
      if (frames == 0) trace_startup("first frame built");
      const auto& bg = vv::gui::palette(app.high_contrast()).bg;
      vv::gui::begin_gl_frame(win, bg.r, bg.g, bg.b);
      ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
      if (frames == 0) trace_startup("first frame rendered");
      ++frames;
      if (args.screenshot && frames >= 6) {
        if (!vv::gui::write_screenshot(win, *args.screenshot)) {
          std::fprintf(stderr, "veiviser: cannot write %s\n", args.screenshot->c_str());
          rc = 1;
        }
        break;
      }
      std::string shot = driver.take_screenshot();
      if (!shot.empty() && !vv::gui::write_screenshot(win, shot)) rc = 1;
      glfwSwapBuffers(win);
      if (args.first_frame_exit) {
        trace_startup("first frame swapped");
        break;
      }
      if (app.screen_name() != before || app.idle_warning() != warn_before) extra = 3;
      if (app.take_context_reset()) {
        // The wipe: a fresh ImGui context, so no widget state from the session survives.
        app.take_font_rebuild();
        vv::gui::imgui_destroy();
        setup_imgui(win, app);
        extra = 3;
      } else if (app.take_font_rebuild()) {
        vv::gui::load_fonts(app.text_size());
        upload_fonts(false);
        vv::gui::apply_theme(app.high_contrast(), app.text_size());
        extra = 3;
      }
      if (extra > 0) --extra;
    }
    if (args.script && driver.failed()) rc = 1;
    app.session().reset();
    vv::gui::imgui_destroy();
    vv::gui::destroy_window(win);
    vv::gui::platform_shutdown();
    return rc;
  }
}
