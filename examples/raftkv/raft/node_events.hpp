#pragma once
// How a node writes its per-server spec variables into an event: as a one-entry object
// {"<node id>": value}, meaning "this server's entry of the variable is now value"; the
// entries of the other servers are not observed by the event.
#include <map>
#include <string>

namespace raftkv {

/// The partial observation {id: value} of a per-server variable.
template <class T>
std::map<std::string, T> at(const std::string& id, const T& value) {
  return {{id, value}};
}

}  // namespace raftkv
