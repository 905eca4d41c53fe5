# The command line as a user meets it: exit codes, several errors in one
# run without cascades, JSON diagnostics, outputs left alone when unchanged.
#   cmake -DLVIEWC=... -DSRC=<tests/cli> -DSAMPLE=<a good .lview> -DWORK=<scratch dir> -P run_cli.cmake
function(run expect_rc)
  execute_process(COMMAND "${LVIEWC}" ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err
                  WORKING_DIRECTORY "${SRC}")
  if(NOT rc EQUAL expect_rc)
    message(FATAL_ERROR "lviewc ${ARGN}: exit ${rc}, expected ${expect_rc}\n${out}${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

run(0 --version)
if(NOT out MATCHES "^lviewc [0-9]+\\.[0-9]+\\.[0-9]+")
  message(FATAL_ERROR "--version printed: ${out}")
endif()
run(0 --help)
if(NOT out MATCHES "compile" OR NOT out MATCHES "check")
  message(FATAL_ERROR "--help does not list the commands: ${out}")
endif()
run(2)                                   # no command
run(2 check)                             # no input
run(2 bogus-command)
run(2 check "${WORK}/missing.lview")
if(NOT err MATCHES "cannot read '.*missing.lview'")
  message(FATAL_ERROR "missing file message: ${err}")
endif()
run(2 compile "${SAMPLE}")               # -o is required

# Several errors, each once.
run(1 check --color=never many_errors.lview)
string(REGEX MATCHALL "error:" errors "${err}")
list(LENGTH errors n)
if(NOT n EQUAL 3 OR NOT err MATCHES "3 errors generated")
  message(FATAL_ERROR "expected exactly 3 errors:\n${err}")
endif()
if(err MATCHES "\033")
  message(FATAL_ERROR "colour codes without a terminal")
endif()

# JSON: one object per diagnostic with position, range, severity, message, hint.
run(1 check --diagnostics=json many_errors.lview)
# (JSON holds [ ], which CMake lists treat specially: split by hand.)
string(REGEX MATCHALL "\n" newlines "${err}")
list(LENGTH newlines n)
if(NOT n EQUAL 3)
  message(FATAL_ERROR "expected 3 JSON lines:\n${err}")
endif()
string(FIND "${err}" "\n" first_end)
math(EXPR second_begin "${first_end} + 1")
string(SUBSTRING "${err}" ${second_begin} -1 rest)
string(FIND "${rest}" "\n" second_end)
string(SUBSTRING "${rest}" 0 ${second_end} second)
string(JSON line GET "${second}" line)
string(JSON column GET "${second}" column)
string(JSON end_column GET "${second}" end column)
string(JSON message GET "${second}" message)
string(JSON hint GET "${second}" hint)
if(NOT line EQUAL 6 OR NOT column EQUAL 9 OR NOT end_column EQUAL 14 OR NOT message MATCHES "unknown name 'cuont'"
   OR NOT hint MATCHES "did you mean 'count'")
  message(FATAL_ERROR "unexpected JSON diagnostic: ${second}")
endif()

# Compile writes both files and a depfile; a second run leaves them untouched.
run(0 compile "${SAMPLE}" -o "${WORK}/out" --depfile "${WORK}/out/dep.d")
get_filename_component(name "${SAMPLE}" NAME)
foreach(f "${name}.hpp" "${name}.cpp" "dep.d")
  if(NOT EXISTS "${WORK}/out/${f}")
    message(FATAL_ERROR "compile did not write ${f}")
  endif()
endforeach()
file(READ "${WORK}/out/dep.d" dep)
if(NOT dep MATCHES "${name}.hpp .*${name}.cpp: .*${name}")
  message(FATAL_ERROR "depfile: ${dep}")
endif()
file(TIMESTAMP "${WORK}/out/${name}.cpp" before "%s%f")
execute_process(COMMAND sleep 1.1)
run(0 compile "${SAMPLE}" -o "${WORK}/out" --depfile "${WORK}/out/dep.d")
file(TIMESTAMP "${WORK}/out/${name}.cpp" after "%s%f")
if(NOT before STREQUAL after)
  message(FATAL_ERROR "an unchanged output was rewritten")
endif()

# An output directory that cannot be created is a usage/I-O error.
file(WRITE "${WORK}/a-file" "x")
run(2 compile "${SAMPLE}" -o "${WORK}/a-file/sub")
message(STATUS "cli: all checks passed")
