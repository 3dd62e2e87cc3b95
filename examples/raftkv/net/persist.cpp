// Saving and loading a node's persisted state (see persist.hpp).
#include "examples/raftkv/net/persist.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace raftkv {

namespace {

bool fail(std::string* error, const std::string& message) {
  if (error) *error = message;
  return false;
}

/// Writes all of `text` to a new file `path` and flushes it to disk.
bool write_durably(const std::string& path, const std::string& text, std::string* error) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return fail(error, path + ": " + std::strerror(errno));
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int saved = errno;
      ::close(fd);
      return fail(error, path + ": " + std::strerror(saved));
    }
    done += static_cast<std::size_t>(n);
  }
  const bool synced = ::fsync(fd) == 0;
  const int saved = errno;
  ::close(fd);
  return synced || fail(error, path + ": fsync: " + std::strerror(saved));
}

}  // namespace

bool save_state(const std::string& path, const PersistentState& state, std::string* error) {
  nlohmann::json log = nlohmann::json::array();
  for (const Entry& e : state.log) log.push_back({{"term", e.term}, {"value", e.value}});
  const nlohmann::json j = {{"currentTerm", state.current_term},
                            {"votedFor", state.voted_for},
                            {"commitIndex", state.commit_index},
                            {"log", std::move(log)}};
  const std::string tmp = path + ".tmp";
  if (!write_durably(tmp, j.dump() + "\n", error)) return false;
  if (::rename(tmp.c_str(), path.c_str()) != 0) return fail(error, path + ": rename: " + std::strerror(errno));
  // Make the rename itself durable: flush the directory.
  std::string dir = std::filesystem::path(path).parent_path().string();
  if (dir.empty()) dir = ".";
  const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
  return true;
}

std::optional<PersistentState> load_state(const std::string& path, std::string* error) {
  if (error) error->clear();
  std::ifstream in(path);
  if (!in) {
    if (std::filesystem::exists(path) && error) *error = path + ": cannot be read";
    return std::nullopt;
  }
  std::stringstream text;
  text << in.rdbuf();
  try {
    const auto j = nlohmann::json::parse(text.str());
    PersistentState state;
    state.current_term = j.at("currentTerm").get<Term>();
    state.voted_for = j.at("votedFor").get<std::string>();
    state.commit_index = j.at("commitIndex").get<Index>();
    for (const auto& e : j.at("log")) state.log.push_back({e.at("term").get<Term>(), e.at("value").get<std::string>()});
    if (state.current_term < 0 || state.commit_index < 0 ||
        state.commit_index > static_cast<Index>(state.log.size())) {
      if (error) *error = path + ": inconsistent state (negative term, or commit index past the log)";
      return std::nullopt;
    }
    return state;
  } catch (const std::exception& e) {
    if (error) *error = path + ": not a raftkv state file: " + e.what();
    return std::nullopt;
  }
}

}  // namespace raftkv
