#pragma once
// TLC's Java system properties, as read by TLCGet("-Dkey") and written by TLCSet("-Dkey", v):
// one process-wide table of strings, filled from the command line (`tlatrace check -D key=value`,
// like `java -Dkey=value tlc2.TLC`) and by TLCSet. Specs use it to test how TLC was started,
// e.g. `ASSUME TLCGet("-Dtlc2.tool.impl.Tool.cdot") = "true"`.
#include <optional>
#include <string>

namespace tlatrace::eval {

/// Sets property `key` to `value` (thread-safe).
void set_system_property(const std::string& key, const std::string& value);

/// The value of property `key`, or nullopt when it was never set (thread-safe).
std::optional<std::string> system_property(const std::string& key);

}  // namespace tlatrace::eval
