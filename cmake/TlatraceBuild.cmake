# Shared build settings and helpers for every tlatrace target.

set(TLATRACE_WARNINGS -Wall -Wextra)
# In a unity build every .cpp is an included file, where GCC warns about a type with an
# anonymous-namespace base (a test fixture) as it would in a header: meaningless there.
if(CMAKE_UNITY_BUILD AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  list(APPEND TLATRACE_WARNINGS -Wno-subobject-linkage)
endif()
# GCC 12 reports -Wmaybe-uninitialized inside libstdc++'s <regex> (its NFA states) at -O1;
# test suites that use std::regex take this (tlatrace_gtest OPTIONS) to stay warning-free.
set(TLATRACE_REGEX_USER_FLAGS)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  set(TLATRACE_REGEX_USER_FLAGS -Wno-maybe-uninitialized)
endif()
include(TlatracePch)
include(TlatraceAllocator)

if(TLATRACE_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# Adds a subdirectory only when it has a CMakeLists.txt yet.
function(tlatrace_optional_subdirectory dir)
  if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/${dir}/CMakeLists.txt)
    add_subdirectory(${dir})
  endif()
endfunction()

# tlatrace_library(NAME DIR <dir> [DEPS ...] [EXCLUDE <regex>])
# A static library from every .cpp under DIR (recursively), public include root = repo root.
function(tlatrace_library name)
  cmake_parse_arguments(ARG "" "DIR;EXCLUDE" "DEPS;SOURCES" ${ARGN})
  file(GLOB_RECURSE srcs CONFIGURE_DEPENDS ${ARG_DIR}/*.cpp)
  if(ARG_EXCLUDE)
    list(FILTER srcs EXCLUDE REGEX "${ARG_EXCLUDE}")
  endif()
  if(NOT srcs AND NOT ARG_SOURCES)
    # Nothing written yet: a header-only placeholder keeps dependents linking.
    add_library(${name} INTERFACE)
    target_include_directories(${name} INTERFACE ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} INTERFACE ${ARG_DEPS})
    return()
  endif()
  add_library(${name} STATIC ${srcs} ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_compile_options(${name} PRIVATE ${TLATRACE_WARNINGS})
  target_link_libraries(${name} PUBLIC ${ARG_DEPS})
  tlatrace_use_pch(${name} lib)
endfunction()
