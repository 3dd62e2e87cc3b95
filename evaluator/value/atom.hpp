#pragma once
// Interned names: every string value, model value name and record field is an Atom, created once
// per process and never freed, so a string value is one pointer and equality is pointer equality.
//
// Atoms are numbered in the order they are first interned. TLC orders strings (and model values,
// and record fields) by exactly that number (util.UniqueString.compareTo compares intern tokens),
// which is why TLC prints {"b", "a"} when "b" appeared first in the spec. We reproduce it: the
// front end should intern identifiers and string literals in source order to print sets and
// records in TLC's order. Fingerprints never depend on the number (they hash the text).
#include <cstdint>
#include <string>
#include <string_view>

namespace tlatrace::eval {

/// One interned string. Immortal: pointers stay valid for the whole process.
struct Atom {
  std::string text;
  uint32_t token = 0;      // order of first interning (TLC's UniqueString token)
  uint64_t text_hash = 0;  // stable 64-bit hash of the bytes (FNV-1a, mixed)
  char model_type = 0;     // for model values named "x_rest" (length > 2): 'x'; else 0 (untyped)
};

/// Returns the unique Atom for `text`, creating it (with the next token) on first use. Thread-safe.
const Atom* intern(std::string_view text);

/// Number of atoms created so far (for diagnostics and tests).
uint32_t atom_count();

/// Stable 64-bit hash of bytes: FNV-1a followed by a 64-bit finalizer. Identical on every platform.
uint64_t stable_hash_bytes(std::string_view bytes);

/// Bijective 64-bit mixer (the splitmix64 / murmur3 finalizer family).
inline uint64_t mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

}  // namespace tlatrace::eval
