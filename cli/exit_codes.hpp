#pragma once
// Exit codes shared by every subcommand.
namespace tlatrace::cli {
inline constexpr int kHolds = 0;        // all good / the property holds
inline constexpr int kViolation = 1;    // a violation was found
inline constexpr int kInputError = 2;   // syntax, resolution, bad cfg, bad trace, bad usage
inline constexpr int kInternal = 3;     // resource limit or internal error
}  // namespace tlatrace::cli
