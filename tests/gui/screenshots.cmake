# Renders each mode with --screenshot on the run's Xvfb (DISPLAY from the fixture) and checks
# the PNGs (size, colours; the acute screen red).
function(shot name check)
  execute_process(COMMAND ${VEIVISER} --training ${FIXTURE} --screenshot ${OUT}/${name}.png ${ARGN}
                  RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "screenshot ${name}: exit ${rc}")
  endif()
  execute_process(COMMAND ${PNG_CHECK} ${OUT}/${name}.png ${check} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "screenshot ${name}: check failed")
  endif()
endfunction()
shot(start "20000")
shot(start-1024 "20000" --size 1024x600)
shot(question "20000" --pack jevnaker --answer role=helse --help-open)
shot(acute "20000;red;40;100;1240;700;0.5" --pack sarpsborg --answer role=skole --answer acute=yes)
shot(emergency "20000;red;40;100;1240;700;0.5" --pack sarpsborg --answer role=skole --answer acute=health --answer age=14)
shot(outcome-1920 "40000" --size 1920x1080 --pack sarpsborg --answer role=skole --answer acute=no --answer serious=no
     --answer age=9 --answer stage=own_service --answer helped=no --answer consent=yes)
shot(reference "20000" --mode reference --pack luster)
shot(compare "20000" --mode reference --compare sarpsborg,stor-elvdal --stage level2)
shot(training "20000" --mode training --vignette 0 --answer role=skole --answer acute=no --answer serious=yes --answer age=10)
