# Compiler cache: when ccache is installed (scripts/install-deps.sh installs it), every preset's
# rebuild of unchanged files is a cache hit. Set CMAKE_CXX_COMPILER_LAUNCHER yourself to override,
# or -DVEIVISER_CCACHE=OFF to build without it.
option(VEIVISER_CCACHE "Use ccache when it is installed" ON)
if(VEIVISER_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  find_program(CCACHE_PROGRAM ccache)
  if(CCACHE_PROGRAM)
    set(CMAKE_C_COMPILER_LAUNCHER ${CCACHE_PROGRAM})
    set(CMAKE_CXX_COMPILER_LAUNCHER ${CCACHE_PROGRAM})
  endif()
endif()
