# Test helpers. Every suite is a GoogleTest binary registered per test case with CTest.
include(GoogleTest)
find_package(GTest REQUIRED)

# tlatrace_gtest(NAME SOURCES ... LIBS ... [SLOW])
# Fast suites carry the label `fast` and also run under ASan+UBSan in `make test`.
function(tlatrace_gtest name)
  cmake_parse_arguments(ARG "SLOW" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR})
  target_compile_options(${name} PRIVATE ${TLATRACE_WARNINGS})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} GTest::gtest GTest::gmock GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE
    TLATRACE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    TLATRACE_BINARY_DIR="${PROJECT_BINARY_DIR}")
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
