# CI gating with tlatrace: a CTest test that validates recorded traces against a TLA+ spec.
#
#   include(TlatraceTraceCheck)          # in this repository; find_package(tlatrace) elsewhere
#   tlatrace_add_trace_check(NAME raftkv_trace
#     SPEC   ${CMAKE_SOURCE_DIR}/specs/RaftLog.tla
#     CONFIG ${CMAKE_SOURCE_DIR}/specs/RaftLog.cfg          # default: SPEC.cfg beside the spec
#     TRACES ${CMAKE_BINARY_DIR}/traces/n1.ndjson ...        # several: per-node logs, merged
#     [MAX_HIDDEN k]                  # unlogged spec steps allowed before each record
#     [EXPECT accepted|rejected]      # default: accepted
#     [EXPECT_KIND trace|invariant|property|refinement]  # with EXPECT rejected: the violation
#     [EXPECT_REGEX regex]            # the text report must match it
#     [JUNIT file.xml]                # also write validate's JUnit report there
#     [INCLUDE_DIRS dir ...]          # module search path (-I)
#     [LABELS label ...] [TIMEOUT seconds])
#
# The test runs `tlatrace validate` and prints its report, so a failing CI log shows the
# diagnosis: the first record no spec step matches, or the step that breaks a property.
# It passes when the verdict is the expected one (exit code 0 accepted, 1 rejected); an
# input error (exit 2) or a limit (exit 3) always fails it. With JUNIT, the same run also
# writes its JUnit report there (`validate --junit FILE`; CI systems show it as test results).
#
# The tlatrace binary: TLATRACE_EXECUTABLE if set, else the imported target
# tlatrace::tlatrace (from find_package(tlatrace)), else the target `tlatrace` of this build,
# else `tlatrace` on the PATH.
#
# This file is also the test's runner: `cmake -DTLATRACE_CHECK_RUN=1 ... -P` this file.

if(NOT (CMAKE_SCRIPT_MODE_FILE AND TLATRACE_CHECK_RUN))

set(_TLATRACE_TRACE_CHECK_FILE "${CMAKE_CURRENT_LIST_FILE}" CACHE INTERNAL "tlatrace_add_trace_check's runner")

function(tlatrace_add_trace_check)
  cmake_parse_arguments(ARG "" "NAME;SPEC;CONFIG;MAX_HIDDEN;EXPECT;EXPECT_KIND;EXPECT_REGEX;JUNIT;TIMEOUT"
                        "TRACES;INCLUDE_DIRS;LABELS" ${ARGN})
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "tlatrace_add_trace_check: unknown arguments: ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  foreach(required NAME SPEC TRACES)
    if(NOT ARG_${required})
      message(FATAL_ERROR "tlatrace_add_trace_check: ${required} is required")
    endif()
  endforeach()
  if(NOT ARG_EXPECT)
    set(ARG_EXPECT accepted)
  endif()
  if(NOT ARG_EXPECT MATCHES "^(accepted|rejected)$")
    message(FATAL_ERROR "tlatrace_add_trace_check(${ARG_NAME}): EXPECT is accepted or rejected, not '${ARG_EXPECT}'")
  endif()
  if(ARG_EXPECT_KIND AND NOT ARG_EXPECT STREQUAL "rejected")
    message(FATAL_ERROR "tlatrace_add_trace_check(${ARG_NAME}): EXPECT_KIND needs EXPECT rejected")
  endif()
  if(ARG_EXPECT_KIND AND NOT ARG_EXPECT_KIND MATCHES "^(trace|invariant|property|refinement)$")
    message(FATAL_ERROR "tlatrace_add_trace_check(${ARG_NAME}): EXPECT_KIND is trace, invariant, property or refinement")
  endif()
  if(DEFINED ARG_MAX_HIDDEN AND NOT ARG_MAX_HIDDEN MATCHES "^[0-9]+$")
    message(FATAL_ERROR "tlatrace_add_trace_check(${ARG_NAME}): MAX_HIDDEN must be a number")
  endif()

  if(TLATRACE_EXECUTABLE)
    set(exe "${TLATRACE_EXECUTABLE}")
  elseif(TARGET tlatrace::tlatrace)
    set(exe "$<TARGET_FILE:tlatrace::tlatrace>")
  elseif(TARGET tlatrace)
    set(exe "$<TARGET_FILE:tlatrace>")
  else()
    find_program(TLATRACE_EXECUTABLE tlatrace)
    if(NOT TLATRACE_EXECUTABLE)
      message(FATAL_ERROR "tlatrace_add_trace_check: no tlatrace binary (set TLATRACE_EXECUTABLE, or install "
                          "tlatrace's `tools` component where find_package(tlatrace) looks)")
    endif()
    set(exe "${TLATRACE_EXECUTABLE}")
  endif()

  set(args validate "${ARG_SPEC}")
  if(ARG_CONFIG)
    list(APPEND args --config "${ARG_CONFIG}")
  endif()
  foreach(trace IN LISTS ARG_TRACES)
    list(APPEND args --trace "${trace}")
  endforeach()
  if(DEFINED ARG_MAX_HIDDEN)
    list(APPEND args --max-hidden ${ARG_MAX_HIDDEN})
  endif()
  foreach(dir IN LISTS ARG_INCLUDE_DIRS)
    list(APPEND args -I "${dir}")
  endforeach()
  # Lists travel to the runner joined with '|' (a path with '|' is not supported).
  string(REPLACE ";" "|" packed "${args}")
  add_test(NAME ${ARG_NAME}
    COMMAND ${CMAKE_COMMAND}
      -DTLATRACE_CHECK_RUN=1
      "-DTLATRACE_EXE=${exe}"
      "-DARGS=${packed}"
      -DEXPECT=${ARG_EXPECT}
      "-DEXPECT_KIND=${ARG_EXPECT_KIND}"
      "-DEXPECT_REGEX=${ARG_EXPECT_REGEX}"
      "-DJUNIT=${ARG_JUNIT}"
      -P "${_TLATRACE_TRACE_CHECK_FILE}")
  if(ARG_LABELS)
    set_tests_properties(${ARG_NAME} PROPERTIES LABELS "${ARG_LABELS}")
  endif()
  if(ARG_TIMEOUT)
    set_tests_properties(${ARG_NAME} PROPERTIES TIMEOUT ${ARG_TIMEOUT})
  endif()
endfunction()

return()
endif()

# ---- The runner (script mode) ----
string(REPLACE "|" ";" args "${ARGS}")
if(JUNIT)
  list(APPEND args --junit "${JUNIT}")
endif()
execute_process(COMMAND "${TLATRACE_EXE}" ${args} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(EXPECT STREQUAL "accepted")
  set(wanted 0)
else()
  set(wanted 1)
endif()
set(problems "")
if(NOT code STREQUAL "${wanted}")
  if(code STREQUAL "0")
    string(APPEND problems "the trace was accepted, but a rejection was expected\n")
  elseif(code STREQUAL "1")
    string(APPEND problems "the trace was rejected (report above)\n")
  elseif(code STREQUAL "2")
    string(APPEND problems "input error: bad spec, cfg or trace (exit code 2, report above)\n")
  elseif(code STREQUAL "3")
    string(APPEND problems "resource limit or internal error (exit code 3, report above)\n")
  else()
    string(APPEND problems "tlatrace validate failed: ${code}\n")
  endif()
endif()
if(code STREQUAL "1" AND EXPECT_KIND)
  if(EXPECT_KIND STREQUAL "trace")
    set(head "error: trace rejected: ")
  else()
    set(head "error: ${EXPECT_KIND} violated: ")
  endif()
  string(FIND "${out}${err}" "${head}" at)
  if(at EQUAL -1)
    string(APPEND problems "the report is not a violation of kind ${EXPECT_KIND} (no \"${head}\")\n")
  endif()
endif()
if(EXPECT_REGEX AND NOT "${out}${err}" MATCHES "${EXPECT_REGEX}")
  string(APPEND problems "the report does not match ${EXPECT_REGEX}\n")
endif()
if(problems)
  message(FATAL_ERROR "tlatrace trace check failed: ${problems}")
endif()
message(STATUS "tlatrace trace check passed: the trace was ${EXPECT} as expected")
