# One Xvfb per ctest run, shared by every test that needs a display (instead of one racing
# `xvfb-run -a` per test). Included once from tests/CMakeLists.txt.
#
#   vv_display_test(NAME gui.walk_luster TIMEOUT 120
#                   COMMAND $<TARGET_FILE:veiviser> --test-script ${CMAKE_CURRENT_SOURCE_DIR}/scripts/x.vvt
#                   [LABELS gui ...] [ENVIRONMENT "VAR=value" ...])
#
# adds the test with:
#   - FIXTURES_REQUIRED vv_display: the setup test display.xvfb_start starts
#     `Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp` on a free display number and
#     records pid and ":N" in ${VV_DISPLAY_STATE}; the cleanup test display.xvfb_stop kills it
#     after the last test that needs it (`ctest -R name` pulls both in by itself);
#   - the command wrapped in tests/cmake/with-display.sh, which sets DISPLAY from that record
#     (so a test never uses the caller's display, and another ENVIRONMENT cannot unset it);
#   - ENVIRONMENT MESA_SHADER_CACHE_DISABLE=true (plus what you pass in ENVIRONMENT);
#   - its own TIMEOUT (required: a hung GUI test must not use up the phase's time).
# A CMake-script test (cmake -P x.cmake) works the same way: it inherits DISPLAY, so the script
# runs the program directly (no xvfb-run). Converting tests/gui and tests/soak, for example:
#   vv_display_test(NAME gui.${s} TIMEOUT 120 COMMAND $<TARGET_FILE:veiviser> ${VV_FIXTURE}
#                   --test-script ${CMAKE_CURRENT_SOURCE_DIR}/scripts/${s}.vvt)
#   vv_display_test(NAME soak.monkey TIMEOUT 600 LABELS soak COMMAND $<TARGET_FILE:veiviser> ...)
# To add sanitizer options afterwards, append (set_property(TEST t APPEND PROPERTY ENVIRONMENT
# ...)): set_tests_properties(... ENVIRONMENT ...) replaces MESA_SHADER_CACHE_DISABLE.
# Every test here shares one 1920x1080x24 screen; a window may be larger (the kiosk's
# --size 1920x3900 in privacy.strace works).
# Configure fails if Xvfb is not installed, with the command to install it.
include_guard(GLOBAL)

find_program(VV_XVFB Xvfb)
if(NOT VV_XVFB)
  message(FATAL_ERROR "Xvfb not found; the GUI tests need it. Run scripts/install-deps.sh "
                      "(or: apt-get install xvfb), or configure with -DVEIVISER_GUI=OFF.")
endif()

set(VV_DISPLAY_STATE ${PROJECT_BINARY_DIR}/tests/xvfb)
set(VV_DISPLAY_DIR ${CMAKE_CURRENT_LIST_DIR})

add_test(NAME display.xvfb_start COMMAND ${VV_DISPLAY_DIR}/xvfb-start.sh ${VV_DISPLAY_STATE})
add_test(NAME display.xvfb_stop COMMAND ${VV_DISPLAY_DIR}/xvfb-stop.sh ${VV_DISPLAY_STATE})
set_tests_properties(display.xvfb_start PROPERTIES FIXTURES_SETUP vv_display TIMEOUT 30)
set_tests_properties(display.xvfb_stop PROPERTIES FIXTURES_CLEANUP vv_display TIMEOUT 30)

function(vv_display_test)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "NAME;TIMEOUT" "COMMAND;LABELS;ENVIRONMENT")
  if(NOT arg_NAME OR NOT arg_COMMAND)
    message(FATAL_ERROR "vv_display_test: NAME and COMMAND are required")
  endif()
  if(NOT arg_TIMEOUT)
    message(FATAL_ERROR "vv_display_test(${arg_NAME}): give it its own TIMEOUT (seconds)")
  endif()
  add_test(NAME ${arg_NAME} COMMAND ${VV_DISPLAY_DIR}/with-display.sh ${VV_DISPLAY_STATE} ${arg_COMMAND})
  set(env MESA_SHADER_CACHE_DISABLE=true ${arg_ENVIRONMENT})
  set_tests_properties(${arg_NAME} PROPERTIES FIXTURES_REQUIRED vv_display TIMEOUT ${arg_TIMEOUT} ENVIRONMENT "${env}")
  if(arg_LABELS)
    set_tests_properties(${arg_NAME} PROPERTIES LABELS "${arg_LABELS}")
  endif()
endfunction()
