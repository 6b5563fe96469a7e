# Embeds data files (JSON tables, scenarios) into a generated C++ source so that the core library
# carries its models as data without depending on an install location. The files stay editable in
# resources/; a user can still load their own copies at run time.
#
# carbondse_embed_resources(OUTPUT <file.cpp> BASE_DIR <dir> FILES <f1> <f2> ...)
set(_CARBONDSE_EMBED_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/EmbedResourcesScript.cmake")

function(carbondse_embed_resources)
  cmake_parse_arguments(ARG "" "OUTPUT;BASE_DIR" "FILES" ${ARGN})
  string(REPLACE ";" "|" _files_arg "${ARG_FILES}")
  add_custom_command(
    OUTPUT "${ARG_OUTPUT}"
    COMMAND ${CMAKE_COMMAND} "-DOUTPUT=${ARG_OUTPUT}" "-DBASE_DIR=${ARG_BASE_DIR}" "-DFILES=${_files_arg}"
            -P "${_CARBONDSE_EMBED_SCRIPT}"
    DEPENDS ${ARG_FILES} "${_CARBONDSE_EMBED_SCRIPT}"
    COMMENT "Embedding ${CMAKE_CURRENT_SOURCE_DIR} resources"
    VERBATIM)
endfunction()
