#include "evaluator/value/atom.hpp"

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

const Atom* intern(std::string_view text) {
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

uint32_t atom_count() {
  AtomTable& t = table();
  std::shared_lock lock(t.mutex);
  return static_cast<uint32_t>(t.storage.size());
}

}  // namespace tlatrace::eval
