# Runs `veiviser-gui-test --monkey EVENTS --seed SEED` twice and compares the trace hashes: a soak failure
# must be reproducible from its seed. -DVEIVISER= -DCONTENT= (on the run's Xvfb: DISPLAY from the fixture) -DEVENTS= -DSEED=
foreach(run 1 2)
  execute_process(
    COMMAND ${VEIVISER} --content ${CONTENT} --size 1280x800 --monkey ${EVENTS} --seed ${SEED}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  message("${out}${err}")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "run ${run}: veiviser-gui-test --monkey exited with ${rc}")
  endif()
  string(REGEX MATCH "trace ([0-9a-f]+)" m "${out}")
  if(NOT m)
    message(FATAL_ERROR "run ${run}: no trace hash in the output")
  endif()
  set(trace${run} ${CMAKE_MATCH_1})
endforeach()
if(NOT trace1 STREQUAL trace2)
  message(FATAL_ERROR "seed ${SEED} gave two different runs: trace ${trace1} then ${trace2}")
endif()
message("seed ${SEED}: both runs gave trace ${trace1}")
