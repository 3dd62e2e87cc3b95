# Test helpers. Every suite is a GoogleTest binary registered per test case with CTest.
include(GoogleTest)
find_package(GTest REQUIRED)

option(TLATRACE_SLOW_TESTS "Build the slow suites too (off in the sanitizer build, which runs only the fast ones)" ON)

# tlatrace_gtest(NAME SOURCES ... LIBS ... [DEFINITIONS ...] [OPTIONS ...] [DEPENDS targets...] [SLOW])
# Fast suites carry the label `fast` and also run under ASan+UBSan in `make test`.
# Without TLATRACE_SLOW_TESTS a slow suite is not compiled: NAME is then an empty target, so
# that `add_dependencies(NAME ...)` beside it still holds.
function(tlatrace_gtest name)
  cmake_parse_arguments(ARG "SLOW" "" "SOURCES;LIBS;DEFINITIONS;OPTIONS;DEPENDS" ${ARGN})
  if(ARG_SLOW AND NOT TLATRACE_SLOW_TESTS)
    add_custom_target(${name})
    return()
  endif()
  add_executable(${name} ${ARG_SOURCES})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR})
  target_compile_options(${name} PRIVATE ${TLATRACE_WARNINGS} ${ARG_OPTIONS})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} GTest::gtest GTest::gmock GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE
    TLATRACE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    TLATRACE_BINARY_DIR="${PROJECT_BINARY_DIR}"
    ${ARG_DEFINITIONS})
  if(ARG_DEPENDS)
    add_dependencies(${name} ${ARG_DEPENDS})
  endif()
  tlatrace_use_pch(${name} test)
  if(ARG_SLOW)
    set(labels slow)
  else()
    set(labels fast)
  endif()
  set(env "ASAN_OPTIONS=detect_container_overflow=0:detect_leaks=1" "UBSAN_OPTIONS=print_stacktrace=1")
  gtest_discover_tests(${name}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    PROPERTIES LABELS "${labels}" ENVIRONMENT "${env}"
    DISCOVERY_TIMEOUT 60)
endfunction()
