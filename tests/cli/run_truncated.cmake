# lviewc as a process on truncated inputs: every STRIDE-th byte prefix of the
# given files must end in exit status 0 or 1 — never a signal, never 2.
# (unit_test checks every prefix in process; this checks the real binary.)
#   cmake -DLVIEWC=... -DWORK=... -DSTRIDE=N "-DFILES=a|b" -P run_truncated.cmake
string(REPLACE "|" ";" FILES "${FILES}")
file(MAKE_DIRECTORY "${WORK}")
set(runs 0)
foreach(f IN LISTS FILES)
  file(READ "${f}" text HEX)
  string(LENGTH "${text}" hex_len)
  math(EXPR size "${hex_len} / 2")
  foreach(n RANGE 0 ${size} ${STRIDE})
    math(EXPR hex_n "${n} * 2")
    string(SUBSTRING "${text}" 0 ${hex_n} prefix_hex)
    # Write the prefix's bytes back from hex.
    string(REGEX REPLACE "([0-9a-f][0-9a-f])" "\\\\x\\1" escaped "${prefix_hex}")
    execute_process(COMMAND printf "${escaped}" OUTPUT_FILE "${WORK}/prefix.lview")
    execute_process(COMMAND "${LVIEWC}" check --color=never prefix.lview WORKING_DIRECTORY "${WORK}"
                    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
    if(NOT rc MATCHES "^[01]$")
      message(FATAL_ERROR "${f}, first ${n} bytes: lviewc ended with '${rc}'\n${err}")
    endif()
    math(EXPR runs "${runs} + 1")
  endforeach()
endforeach()
message(STATUS "${runs} passed, 0 failed")
