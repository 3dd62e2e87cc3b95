#pragma once
// ITF-shaped JSON values for the inspect/ unit tests: numbers, tuples, sets, model values.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace tlatrace::inspect::itf {

inline nlohmann::json num(int n) { return {{"#bigint", std::to_string(n)}}; }
inline nlohmann::json tup(std::vector<nlohmann::json> xs) { return {{"#tup", xs}}; }
inline nlohmann::json set(std::vector<nlohmann::json> xs) { return {{"#set", xs}}; }
inline nlohmann::json mv(const char* name) { return {{"#unserializable", name}}; }

}  // namespace tlatrace::inspect::itf
