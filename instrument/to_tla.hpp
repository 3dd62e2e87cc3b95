#pragma once
// to_tla: converts C++ values to the JSON shape of TLA+ values (the ITF conventions).
//
//   integers            -> JSON numbers            bool -> true/false
//   strings, char       -> JSON strings            enums -> their underlying integer
//   vector/deque/list/array/span/C arrays          -> JSON arrays (TLA+ sequences)
//   set/unordered_set   -> {"#set": [...]}         (TLA+ sets)
//   map/unordered_map   -> {"k": v, ...} when keys are strings (records),
//                          otherwise {"#map": [[k, v], ...]}      (TLA+ functions)
//   pair/tuple          -> {"#tup": [...]}         (TLA+ tuples)
//   optional            -> [] or [v]               (a sequence of length 0 or 1)
//   variant             -> the active alternative
//   user structs        -> JSON objects (records) via TLATRACE_RECORD (instrument/record.hpp)
//
// Unordered containers are written in sorted order of their elements' JSON text, so equal
// values always produce equal text. Floating point is rejected at compile time: TLA+ has no
// reals.
//
// Extending: either define `void tlatrace_to_tla(tlatrace::instrument::JsonOut&, const T&)`
// in T's namespace (found by argument-dependent lookup; TLATRACE_RECORD does this), or
// specialise `tlatrace::instrument::ToTla<T>` with a `static void write(JsonOut&, const T&)`.
#include <algorithm>
#include <array>
#include <concepts>
#include <cstddef>
#include <cstring>
#include <deque>
#include <list>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <variant>
#include <vector>

#include "instrument/json_out.hpp"

namespace tlatrace::instrument {

namespace detail {
template <class T>
concept HasAdlHook = requires(JsonOut& out, const T& value) { tlatrace_to_tla(out, value); };

template <class>
inline constexpr bool always_false = false;
}  // namespace detail

/// The conversion trait. The primary template uses the ADL hook `tlatrace_to_tla`.
template <class T>
struct ToTla {
  static void write(JsonOut& out, const T& value) {
    if constexpr (detail::HasAdlHook<T>) {
      tlatrace_to_tla(out, value);
    } else {
      static_assert(detail::always_false<T>,
                    "tlatrace: no to_tla conversion for this type; use TLATRACE_RECORD(Type, fields...) "
                    "in the type's namespace, or specialise tlatrace::instrument::ToTla<Type>");
    }
  }
};

/// Writes `value` as TLA+-shaped JSON.
template <class T>
void to_tla(JsonOut& out, const T& value) {
  ToTla<std::remove_cvref_t<T>>::write(out, value);
}

/// Convenience: the TLA+-shaped JSON text of `value`.
template <class T>
std::string to_tla_string(const T& value) {
  JsonOut out;
  to_tla(out, value);
  return out.str();
}

namespace detail {

template <class T>
concept StringLike = std::is_same_v<T, std::string> || std::is_same_v<T, std::string_view> ||
                     std::is_same_v<T, const char*> || std::is_same_v<T, char*>;

template <class Range>
void write_array(JsonOut& out, const Range& range) {
  out.raw('[');
  bool first = true;
  for (const auto& element : range) {
    if (!first) out.raw(',');
    first = false;
    to_tla(out, element);
  }
  out.raw(']');
}

/// Writes each element's JSON into its own string, sorts them, and joins with commas.
template <class Range, class WriteElement>
void write_sorted(JsonOut& out, const Range& range, WriteElement write_element) {
  std::vector<std::string> texts;
  texts.reserve(range.size());
  JsonOut element_out;
  for (const auto& element : range) {
    element_out.clear();
    write_element(element_out, element);
    texts.emplace_back(element_out.view());
  }
  std::sort(texts.begin(), texts.end());
  bool first = true;
  for (const auto& text : texts) {
    if (!first) out.raw(',');
    first = false;
    out.raw(text);
  }
}

template <class Set>
void write_set(JsonOut& out, const Set& set, bool sort) {
  out.raw("{\"#set\":");
  if (sort) {
    out.raw('[');
    write_sorted(out, set, [](JsonOut& o, const auto& e) { to_tla(o, e); });
    out.raw(']');
  } else {
    write_array(out, set);
  }
  out.raw('}');
}

template <class Map>
void write_map(JsonOut& out, const Map& map, bool sort) {
  using Key = std::remove_cvref_t<typename Map::key_type>;
  if constexpr (StringLike<Key>) {
    auto write_entry = [](JsonOut& o, const auto& entry) {
      o.string(std::string_view(entry.first));
      o.raw(':');
      to_tla(o, entry.second);
    };
    out.raw('{');
    if (sort) {
      write_sorted(out, map, write_entry);
    } else {
      bool first = true;
      for (const auto& entry : map) {
        if (!first) out.raw(',');
        first = false;
        write_entry(out, entry);
      }
    }
    out.raw('}');
  } else {
    auto write_entry = [](JsonOut& o, const auto& entry) {
      o.raw('[');
      to_tla(o, entry.first);
      o.raw(',');
      to_tla(o, entry.second);
      o.raw(']');
    };
    out.raw("{\"#map\":[");
    if (sort) {
      write_sorted(out, map, write_entry);
    } else {
      bool first = true;
      for (const auto& entry : map) {
        if (!first) out.raw(',');
        first = false;
        write_entry(out, entry);
      }
    }
    out.raw("]}");
  }
}

template <class Tuple>
void write_tuple(JsonOut& out, const Tuple& tuple) {
  out.raw("{\"#tup\":[");
  std::apply(
      [&out](const auto&... elements) {
        bool first = true;
        ((first ? void(first = false) : out.raw(','), to_tla(out, elements)), ...);
      },
      tuple);
  out.raw("]}");
}

}  // namespace detail

// ---- scalars ----

template <>
struct ToTla<bool> {
  static void write(JsonOut& out, bool value) { out.boolean(value); }
};

template <>
struct ToTla<char> {
  static void write(JsonOut& out, char value) { out.string(std::string_view(&value, 1)); }
};

template <class T>
  requires std::integral<T> && (!std::is_same_v<T, bool>) && (!std::is_same_v<T, char>)
struct ToTla<T> {
  static void write(JsonOut& out, T value) {
    if constexpr (std::is_signed_v<T>) {
      out.integer(static_cast<long long>(value));
    } else {
      out.unsigned_integer(static_cast<unsigned long long>(value));
    }
  }
};

template <class T>
  requires std::is_enum_v<T> && (!detail::HasAdlHook<T>)
struct ToTla<T> {
  static void write(JsonOut& out, T value) { to_tla(out, static_cast<std::underlying_type_t<T>>(value)); }
};

template <std::floating_point T>
struct ToTla<T> {
  static_assert(detail::always_false<T>,
                "tlatrace: TLA+ has no real numbers; convert to an integer (e.g. fixed point) or a string");
};

// ---- strings ----

template <class Traits, class Alloc>
struct ToTla<std::basic_string<char, Traits, Alloc>> {
  static void write(JsonOut& out, const std::basic_string<char, Traits, Alloc>& value) {
    out.string(std::string_view(value.data(), value.size()));
  }
};

template <>
struct ToTla<std::string_view> {
  static void write(JsonOut& out, std::string_view value) { out.string(value); }
};

template <>
struct ToTla<const char*> {
  static void write(JsonOut& out, const char* value) { out.string(value ? std::string_view(value) : std::string_view()); }
};

template <>
struct ToTla<char*> {
  static void write(JsonOut& out, const char* value) { ToTla<const char*>::write(out, value); }
};

/// Character arrays (string literals): the text up to the first NUL.
template <std::size_t N>
struct ToTla<char[N]> {
  static void write(JsonOut& out, const char (&value)[N]) { out.string(std::string_view(value, ::strnlen(value, N))); }
};

// ---- sequences ----

template <class T, class A>
struct ToTla<std::vector<T, A>> {
  static void write(JsonOut& out, const std::vector<T, A>& value) { detail::write_array(out, value); }
};

template <class T, class A>
struct ToTla<std::deque<T, A>> {
  static void write(JsonOut& out, const std::deque<T, A>& value) { detail::write_array(out, value); }
};

template <class T, class A>
struct ToTla<std::list<T, A>> {
  static void write(JsonOut& out, const std::list<T, A>& value) { detail::write_array(out, value); }
};

template <class T, std::size_t N>
struct ToTla<std::array<T, N>> {
  static void write(JsonOut& out, const std::array<T, N>& value) { detail::write_array(out, value); }
};

template <class T, std::size_t E>
struct ToTla<std::span<T, E>> {
  static void write(JsonOut& out, const std::span<T, E>& value) { detail::write_array(out, value); }
};

template <class T, std::size_t N>
  requires(!std::is_same_v<std::remove_cv_t<T>, char>)
struct ToTla<T[N]> {
  static void write(JsonOut& out, const T (&value)[N]) { detail::write_array(out, value); }
};

// ---- sets ----

template <class K, class C, class A>
struct ToTla<std::set<K, C, A>> {
  static void write(JsonOut& out, const std::set<K, C, A>& value) { detail::write_set(out, value, false); }
};

template <class K, class H, class E, class A>
struct ToTla<std::unordered_set<K, H, E, A>> {
  static void write(JsonOut& out, const std::unordered_set<K, H, E, A>& value) { detail::write_set(out, value, true); }
};

// ---- functions ----

template <class K, class V, class C, class A>
struct ToTla<std::map<K, V, C, A>> {
  static void write(JsonOut& out, const std::map<K, V, C, A>& value) { detail::write_map(out, value, false); }
};

template <class K, class V, class H, class E, class A>
struct ToTla<std::unordered_map<K, V, H, E, A>> {
  static void write(JsonOut& out, const std::unordered_map<K, V, H, E, A>& value) {
    detail::write_map(out, value, true);
  }
};

// ---- tuples, optionals, variants ----

template <class A, class B>
struct ToTla<std::pair<A, B>> {
  static void write(JsonOut& out, const std::pair<A, B>& value) { detail::write_tuple(out, value); }
};

template <class... Ts>
struct ToTla<std::tuple<Ts...>> {
  static void write(JsonOut& out, const std::tuple<Ts...>& value) { detail::write_tuple(out, value); }
};

template <class T>
struct ToTla<std::optional<T>> {
  static void write(JsonOut& out, const std::optional<T>& value) {
    out.raw('[');
    if (value) to_tla(out, *value);
    out.raw(']');
  }
};

template <class... Ts>
struct ToTla<std::variant<Ts...>> {
  static void write(JsonOut& out, const std::variant<Ts...>& value) {
    std::visit([&out](const auto& alternative) { to_tla(out, alternative); }, value);
  }
};

}  // namespace tlatrace::instrument
