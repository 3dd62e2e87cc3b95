# Script mode: writes a C++ source holding every .tla file of DIR as a string literal.
#   cmake -DOUT=file.cpp -DDIR=specs/stdlib -P EmbedFiles.cmake
# The result defines tlatrace::resolve::embedded_modules(): name -> text.
file(GLOB FILES ${DIR}/*.tla)
list(SORT FILES)
set(body "")
foreach(f ${FILES})
  get_filename_component(name ${f} NAME_WE)
  file(READ ${f} text)
  string(APPEND body "    {\"${name}\", R\"tla_embed(${text})tla_embed\"},\n")
endforeach()
file(WRITE ${OUT}.tmp "// Generated from specs/stdlib/*.tla at build time. Do not edit.
#include <map>
#include <string>
#include <string_view>

namespace tlatrace::resolve {
const std::map<std::string, std::string_view>& embedded_modules() {
  static const std::map<std::string, std::string_view> modules{
${body}  };
  return modules;
}
}  // namespace tlatrace::resolve
")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different ${OUT}.tmp ${OUT})
