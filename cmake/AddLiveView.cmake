# add_liveview(<target> [FILES] <a.lview>... [OUTPUT_DIR <dir>] [NAMESPACE <ns>] [FLAGS <flag>...])
#
# Compiles each .lview file with lviewc into <dir>/<name>.lview.hpp and .cpp
# (default <dir>: ${CMAKE_CURRENT_BINARY_DIR}/lview_gen), adds them to
# <target>, puts <dir> on its include path and links lview::runtime.
# NAMESPACE <ns> puts the generated code in C++ namespace <ns> (a::b) instead
# of the file's own `namespace`. Works the same after find_package(LView) and
# after add_subdirectory(lview).
# Editing a .lview file regenerates and rebuilds only what depends on it:
# each file has its own command with DEPENDS on lviewc and the input, and a
# DEPFILE that lviewc writes.
#
# Example:
#   add_executable(dashboard main.cpp)
#   add_liveview(dashboard FILES dashboard.lview)
function(add_liveview arg_TARGET)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "OUTPUT_DIR;NAMESPACE" "FILES;FLAGS")
  if(NOT TARGET "${arg_TARGET}")
    message(FATAL_ERROR "add_liveview: '${arg_TARGET}' is not a target")
  endif()
  set(files ${arg_FILES} ${arg_UNPARSED_ARGUMENTS})
  if(NOT files)
    message(FATAL_ERROR "add_liveview(${arg_TARGET}): no .lview files given")
  endif()
  if(NOT arg_OUTPUT_DIR)
    set(arg_OUTPUT_DIR "${CMAKE_CURRENT_BINARY_DIR}/lview_gen")
  endif()
  set(flags ${arg_FLAGS})
  if(arg_NAMESPACE)
    list(APPEND flags --namespace "${arg_NAMESPACE}")
  endif()
  foreach(src IN LISTS files)
    cmake_path(ABSOLUTE_PATH src BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}" OUTPUT_VARIABLE abs)
    cmake_path(GET abs FILENAME name)
    file(RELATIVE_PATH rel "${CMAKE_CURRENT_SOURCE_DIR}" "${abs}")
    set(out "${arg_OUTPUT_DIR}/${name}")
    add_custom_command(
      OUTPUT "${out}.hpp" "${out}.cpp"
      COMMAND lview::lviewc compile ${flags} -o "${arg_OUTPUT_DIR}" --depfile "${out}.d" "${rel}"
      WORKING_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}"
      DEPENDS "${abs}" lview::lviewc
      DEPFILE "${out}.d"
      COMMENT "lviewc ${rel}"
      VERBATIM COMMAND_EXPAND_LISTS)
    target_sources(${arg_TARGET} PRIVATE "${out}.hpp" "${out}.cpp")
  endforeach()
  target_include_directories(${arg_TARGET} PUBLIC "$<BUILD_INTERFACE:${arg_OUTPUT_DIR}>")
  target_link_libraries(${arg_TARGET} PUBLIC lview::runtime)
endfunction()
