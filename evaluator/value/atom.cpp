#include "evaluator/value/atom.hpp"

#include <cstdint>
#include <deque>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>

namespace tlatrace::eval {
namespace {

struct AtomTable {
  std::shared_mutex mutex;
  std::deque<Atom> storage;  // deque: element addresses never move
  std::unordered_map<std::string_view, const Atom*> by_text;
};

AtomTable& table() {
  static AtomTable* instance = new AtomTable();  // never destroyed: atoms outlive static values
  return *instance;
}

}  // namespace

uint64_t stable_hash_bytes(std::string_view bytes) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return mix64(h ^ (static_cast<uint64_t>(bytes.size()) << 1));
}

namespace {
// A per-thread direct-mapped memo of recent look-ups, keyed by where the text lives (the
// evaluator interns the same AST strings over and over). A hit is confirmed by comparing the
// text, so a reused address can never yield a wrong atom; it only saves the locked hash look-up.
struct RecentAtom {
  const char* data = nullptr;
  const Atom* atom = nullptr;
};
// 4096 entries: with 256, the hundred or so string literals and field names of a spec such as
// MultiPaxos_MC collided in the table, and one look-up in ten went to the locked hash map
// (6% of that spec's instructions).
constexpr size_t kRecentAtoms = 4096;
thread_local RecentAtom recent_atoms[kRecentAtoms];

size_t recent_slot(const char* data) {
  return static_cast<size_t>((reinterpret_cast<uintptr_t>(data) >> 3) * 0x9E3779B97F4A7C15ULL >> 52) &
         (kRecentAtoms - 1);
}

const Atom* intern_slow(std::string_view text);
}  // namespace

const Atom* intern(std::string_view text) {
  RecentAtom& r = recent_atoms[recent_slot(text.data())];
  if (r.atom && r.data == text.data() && r.atom->text == text) return r.atom;
  const Atom* a = intern_slow(text);
  r.data = text.data();
  r.atom = a;
  return a;
}

namespace {
const Atom* intern_slow(std::string_view text) {
  AtomTable& t = table();
  {
    std::shared_lock lock(t.mutex);
    auto it = t.by_text.find(text);
    if (it != t.by_text.end()) return it->second;
  }
  std::unique_lock lock(t.mutex);
  auto it = t.by_text.find(text);
  if (it != t.by_text.end()) return it->second;
  Atom& atom = t.storage.emplace_back();
  atom.text = std::string(text);
  atom.token = static_cast<uint32_t>(t.storage.size() - 1);
  atom.text_hash = stable_hash_bytes(atom.text);
  atom.model_type = (atom.text.size() > 2 && atom.text[1] == '_') ? atom.text[0] : 0;
  t.by_text.emplace(std::string_view(atom.text), &atom);
  return &atom;
}
}  // namespace

uint32_t atom_count() {
  AtomTable& t = table();
  std::shared_lock lock(t.mutex);
  return static_cast<uint32_t>(t.storage.size());
}

}  // namespace tlatrace::eval
