# Precompiled headers: the heavy third-party headers (nlohmann/json, GoogleTest, the standard
# library) are parsed once per build instead of once per translation unit. Two shared headers:
#   tlatrace_pch_lib   the standard library + nlohmann/json, reused by our libraries and tools
#   tlatrace_pch_test  the same + GoogleTest/GoogleMock, reused by every test suite
#   tlatrace_pch_cli   the same as lib + CLI11, for the `tlatrace` binary's subcommands
# Off by default (a developer's incremental build and ccache gain little from it); `make`
# turns it on for the full builds of `make test` and `make demo`.
option(TLATRACE_PCH "Precompile the heavy third-party headers" OFF)

set(TLATRACE_PCH_STD <algorithm> <cstdint> <functional> <map> <memory> <optional> <set>
  <sstream> <string> <string_view> <unordered_map> <unordered_set> <utility> <variant> <vector>)

# Creates the shared precompiled-header target NAME (an object library over one empty source).
function(tlatrace_make_pch name)
  cmake_parse_arguments(ARG "" "" "HEADERS;LIBS;DEFINITIONS" ${ARGN})
  set(stub ${PROJECT_BINARY_DIR}/pch/${name}.cpp)
  if(NOT EXISTS ${stub})
    file(WRITE ${stub} "// The translation unit that builds ${name}'s precompiled header.\n")
  endif()
  add_library(${name} OBJECT ${stub})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR})
  target_compile_options(${name} PRIVATE ${TLATRACE_WARNINGS})
  target_compile_definitions(${name} PRIVATE ${ARG_DEFINITIONS})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS})
  target_precompile_headers(${name} PRIVATE ${TLATRACE_PCH_STD} ${ARG_HEADERS})
endfunction()

# tlatrace_use_pch(TARGET lib|test|cli): TARGET reuses the shared precompiled header of that kind.
function(tlatrace_use_pch target kind)
  if(NOT TLATRACE_PCH)
    return()
  endif()
  if(kind STREQUAL "test")
    set(pch tlatrace_pch_test)
    if(NOT TARGET ${pch})
      tlatrace_make_pch(${pch}
        HEADERS <nlohmann/json.hpp> <gtest/gtest.h> <gmock/gmock.h>
        LIBS nlohmann_json::nlohmann_json GTest::gtest GTest::gmock
        DEFINITIONS TLATRACE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
                    TLATRACE_BINARY_DIR="${PROJECT_BINARY_DIR}")
    endif()
  elseif(kind STREQUAL "cli")
    set(pch tlatrace_pch_cli)
    if(NOT TARGET ${pch})
      tlatrace_make_pch(${pch} HEADERS <nlohmann/json.hpp> <CLI/CLI.hpp>
        LIBS nlohmann_json::nlohmann_json CLI11::CLI11)
    endif()
  else()
    set(pch tlatrace_pch_lib)
    if(NOT TARGET ${pch})
      tlatrace_make_pch(${pch} HEADERS <nlohmann/json.hpp> LIBS nlohmann_json::nlohmann_json)
    endif()
  endif()
  target_precompile_headers(${target} REUSE_FROM ${pch})
endfunction()
