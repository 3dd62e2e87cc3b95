# Installs the instrument and tools components of the main build into a temporary prefix,
# configures the outside project in trace_check_consumer/ against it, runs its CTest suite
# and checks each test's outcome: two pass, the regression fails showing the diagnosis.
# Arguments: BUILD_DIR, CONSUMER_SOURCE, WORK_DIR, SPEC_DIR, TRACE_DIR.
foreach(required BUILD_DIR CONSUMER_SOURCE WORK_DIR SPEC_DIR TRACE_DIR)
  if(NOT DEFINED ${required})
    message(FATAL_ERROR "trace_check_consumer_test.cmake: ${required} is not set")
  endif()
endforeach()

file(REMOVE_RECURSE ${WORK_DIR})
set(prefix ${WORK_DIR}/prefix)
set(build ${WORK_DIR}/build)

function(run step)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${step} failed (${result}):\n${out}\n${err}")
  endif()
endfunction()

foreach(component instrument tools)
  run("install ${component}" ${CMAKE_COMMAND} --install ${BUILD_DIR} --component ${component} --prefix ${prefix})
endforeach()
file(GLOB installed_binary ${prefix}/bin/tlatrace)
if(NOT installed_binary)
  message(FATAL_ERROR "the tools component did not install bin/tlatrace")
endif()

# PATH without any tlatrace: the binary must come from the imported target.
run("configure" ${CMAKE_COMMAND} -E env PATH=/usr/bin:/bin
    ${CMAKE_COMMAND} -S ${CONSUMER_SOURCE} -B ${build} -DCMAKE_PREFIX_PATH=${prefix}
    -DSPEC_DIR=${SPEC_DIR} -DTRACE_DIR=${TRACE_DIR})
execute_process(COMMAND ${CMAKE_CTEST_COMMAND} --output-on-failure WORKING_DIRECTORY ${build}
  RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(log "${out}${err}")
if(result EQUAL 0)
  message(FATAL_ERROR "ctest passed, but kv_regression should have failed:\n${log}")
endif()
foreach(expected "kv_accepted [.]+ +Passed" "kv_known_bad [.]+ +Passed" "kv_regression [.]+\\*\\*\\*Failed"
                 "disabled.ndjson:[0-9]+:1: error: trace rejected" "tlatrace trace check failed: the trace was rejected"
                 "67% tests passed, 1 tests failed out of 3")
  if(NOT log MATCHES "${expected}")
    message(FATAL_ERROR "ctest output lacks /${expected}/:\n${log}")
  endif()
endforeach()
file(READ ${build}/kv_accepted.xml junit)
if(NOT junit MATCHES "<testsuites tests=\"1\" failures=\"0\" errors=\"0\">")
  message(FATAL_ERROR "unexpected JUnit report:\n${junit}")
endif()
message(STATUS "trace check consumer test passed")
