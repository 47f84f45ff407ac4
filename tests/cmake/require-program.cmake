# vv_require_program(VAR program "apt packages"): find_program, or fail configure with the
# command that installs it. Tests never skip silently because a tool is missing.
include_guard(GLOBAL)
function(vv_require_program var program packages)
  find_program(${var} ${program} PATHS /usr/sbin /sbin)
  if(NOT ${var})
    message(FATAL_ERROR "${program} not found; the tests need it. Run scripts/install-deps.sh "
                        "(or: apt-get install ${packages}).")
  endif()
endfunction()
