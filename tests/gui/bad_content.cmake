# The kiosk refuses to start on content with errors: exit 1 and the diagnostics on stderr.
execute_process(COMMAND ${XVFB_RUN} -a env MESA_SHADER_CACHE_DISABLE=true ${VEIVISER} --content ${BAD}/no-such-content
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 1)
  message(FATAL_ERROR "expected exit 1, got ${rc}")
endif()
if(NOT err MATCHES "E_MISSING_FILE")
  message(FATAL_ERROR "no diagnostics on stderr: ${err}")
endif()
