# carbondse_layer(<target> PATH <dir> [DEPENDS <targets>...] [EXTRA_SOURCES <files>...] [QT])
#
# One room of the house = one library target. Its sources are every .cpp (and, with QT, every .h
# for moc) under PATH (a directory relative to the project root, e.g. core/search/archive).
#
# Includes spell the layer: `#include "core/search/archive/archive.h"`. The include root a target
# publishes is a directory in the build tree holding one symbolic link, <PATH> -> the sources, so a
# header is reachable only by targets that link its room. An include in the wrong direction (say
# core/sim including core/carbon/...) therefore fails to compile instead of passing unnoticed.
function(carbondse_layer target)
  cmake_parse_arguments(ARG "QT" "PATH" "DEPENDS;EXTRA_SOURCES" ${ARGN})
  set(source_dir ${PROJECT_SOURCE_DIR}/${ARG_PATH})
  set(globs ${source_dir}/*.cpp)
  if(ARG_QT)
    list(APPEND globs ${source_dir}/*.h)
  endif()
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${globs})

  set(include_root ${PROJECT_BINARY_DIR}/include_roots/${target})
  get_filename_component(link_parent ${include_root}/${ARG_PATH} DIRECTORY)
  file(MAKE_DIRECTORY ${link_parent})
  file(CREATE_LINK ${source_dir} ${include_root}/${ARG_PATH} SYMBOLIC)   # replaces a stale link

  if(sources OR ARG_EXTRA_SOURCES)
    add_library(${target} STATIC ${sources} ${ARG_EXTRA_SOURCES})
    target_include_directories(${target} PUBLIC ${include_root})
    target_link_libraries(${target} PUBLIC ${ARG_DEPENDS})
    set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON LINKER_LANGUAGE CXX)
    carbondse_set_warnings(${target})
  else()
    add_library(${target} INTERFACE)   # headers only
    target_include_directories(${target} INTERFACE ${include_root})
    target_link_libraries(${target} INTERFACE ${ARG_DEPENDS})
  endif()
endfunction()
