#pragma once
// Finding where things are in a JSON document that was already parsed (nlohmann does not
// keep positions): the byte offsets of the elements of one array, for error messages.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tlatrace::trace {

/// Byte offsets of the elements of the array reached from the top-level object through the
/// object keys `path` (e.g. {"counterexample", "state"}). `text` must be valid JSON (nesting
/// bounded as by parse_json_strict). An empty path means the top-level array. Empty when the
/// path does not lead to an array.
std::vector<size_t> array_element_offsets(std::string_view text, const std::vector<std::string>& path);

}  // namespace tlatrace::trace
