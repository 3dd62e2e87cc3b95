#pragma once
// The value convention of trace.hpp: normalising the JSON a reader found, and erasing the
// container tags when comparing with a writer that cannot tell sets from sequences.
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace tlatrace::trace {

/// A value that breaks the convention; the message says what and where inside the value.
struct ValueError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// Brings a value into the convention of trace.hpp: #bigint that fits becomes an integer,
/// #set elements are sorted and unique, #map pairs sorted by key (also inside #partial, whose
/// body is an object of entries or a #map); throws ValueError on
/// null, a malformed tag, an unknown '#' key, or a #map with one key bound twice.
nlohmann::json normalize_value(const nlohmann::json& v);

/// The value as a writer without container tags (TLC's dump) would write it: #set and #tup
/// become plain arrays, #map with string keys becomes an object, else an array of pairs.
nlohmann::json strip_container_tags(const nlohmann::json& v);

}  // namespace tlatrace::trace
