// raftkv_node: one raftkv server as a process, talking to its peers over loopback TCP.
//
//   raftkv_node --id n1 --peers n1=127.0.0.1:7001,n2=127.0.0.1:7002,n3=127.0.0.1:7003
//               [--duration-ms 3000] [--trace FILE] [--seed S] [--observe own|none]
//               [--state FILE]
//
// --observe own (default): events write this node's entry of each variable they change,
// {"n1": value}; --observe none: events carry only the action and its parameters, which is
// what `tlatrace validate` can check for a merged cluster trace (a node cannot know the
// other servers' entries, and the validator reads a variable's value as the whole function).
//
// --state FILE: the node's persisted state (term, vote, log, commit index), saved before
// every message it sends once it has changed. A node started on an existing FILE is a restart
// after a crash: it resumes that state, appends to its --trace file (its clocks continue from
// the file's last event), and logs the spec's Restart step.
//
// Runs for the given time, then prints its final state and exits 0. Each process writes its
// own trace (FILE, or as $TLATRACE says); join them with `tlatrace merge`.
#include <poll.h>
#include <unistd.h>

#include <chrono>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "examples/raftkv/net/persist.hpp"
#include "examples/raftkv/net/socket_util.hpp"
#include "examples/raftkv/net/wire.hpp"
#include "examples/raftkv/raft/node.hpp"
#include "instrument/file_sink.hpp"
#include "instrument/resume.hpp"

namespace {

using Clock = std::chrono::steady_clock;

int usage(const std::string& problem) {
  std::cerr << "raftkv_node: " << problem << "\n"
            << "usage: raftkv_node --id ID --peers ID=127.0.0.1:PORT,... [--duration-ms MS] [--trace FILE] [--seed S] [--observe own|none] [--state FILE]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string id, peers_text, trace_path, state_path;
  long long duration_ms = 3000;
  unsigned long long seed = 1;
  raftkv::NodeConfig config;
  for (int k = 1; k + 1 < argc; k += 2) {
    const std::string arg = argv[k], value = argv[k + 1];
    try {
      if (arg == "--id") id = value;
      else if (arg == "--peers") peers_text = value;
      else if (arg == "--trace") trace_path = value;
      else if (arg == "--state") state_path = value;
      else if (arg == "--duration-ms") duration_ms = std::stoll(value);
      else if (arg == "--seed") seed = std::stoull(value);
      else if (arg == "--observe") {
        if (value != "own" && value != "none") return usage("--observe takes own or none, not '" + value + "'");
        config.write_variables = value == "own";
      }
      else return usage("unknown option '" + arg + "'");
    } catch (...) {
      return usage("bad value '" + value + "' for " + arg);
    }
  }
  if (argc % 2 == 0) return usage("every option needs a value");
  std::string error;
  const auto peers = raftkv::parse_peers(peers_text, &error);
  if (peers.empty()) return usage(error.empty() ? "no peers" : error);
  int own_port = 0;
  std::vector<raftkv::NodeId> ids;
  std::map<raftkv::NodeId, int> port_of;
  for (const auto& p : peers) {
    ids.push_back(p.id);
    port_of[p.id] = p.port;
    if (p.id == id) own_port = p.port;
  }
  if (own_port == 0) return usage("--id '" + id + "' is not among --peers");

  std::optional<raftkv::PersistentState> saved;
  if (!state_path.empty()) {
    saved = raftkv::load_state(state_path, &error);
    if (!error.empty()) {
      std::cerr << "raftkv_node: " << error << "\n";
      return 2;
    }
  }
  const bool restarting = saved.has_value();

  std::unique_ptr<tlatrace::instrument::Tracer> tracer;
  if (!trace_path.empty()) {
    tlatrace::instrument::FileSinkOptions options;
    options.truncate = !restarting;  // a restart continues the trace of the earlier run
    auto sink = tlatrace::instrument::FileSink::open(trace_path, options, &error);
    if (!sink) {
      std::cerr << "raftkv_node: cannot write trace " << trace_path << ": " << error << "\n";
      return 2;
    }
    tracer = std::make_unique<tlatrace::instrument::Tracer>(id, sink);
    if (restarting) {
      if (auto stamp = tlatrace::instrument::last_stamp_in_trace(trace_path, id)) tracer->on_receive(*stamp);
    }
  } else {
    tracer = std::make_unique<tlatrace::instrument::Tracer>(id);  // from $TLATRACE
  }

  const int listener = raftkv::listen_loopback(own_port, &error);
  if (listener < 0) {
    std::cerr << "raftkv_node: cannot listen on 127.0.0.1:" << own_port << ": " << error << "\n";
    return 2;
  }
  const auto start = Clock::now();
  auto now_ms = [&] { return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count(); };
  raftkv::Node node(id, ids, config, saved.value_or(raftkv::PersistentState{}), *tracer, seed, now_ms());
  if (restarting) node.restart(now_ms());
  raftkv::PersistentState persisted = node.persistent();

  // Raft: the state is on disk before any message that depends on it leaves the node.
  auto persist = [&] {
    if (state_path.empty() || node.persistent() == persisted) return true;
    if (!raftkv::save_state(state_path, node.persistent(), &error)) {
      std::cerr << "raftkv_node: cannot save state: " << error << "\n";
      return false;
    }
    persisted = node.persistent();
    return true;
  };
  if (!state_path.empty() && !restarting && !raftkv::save_state(state_path, persisted, &error)) {
    std::cerr << "raftkv_node: cannot save state: " << error << "\n";
    return 2;
  }

  std::map<raftkv::NodeId, std::unique_ptr<raftkv::LineConnection>> outgoing;
  std::vector<std::unique_ptr<raftkv::LineConnection>> incoming;

  bool persist_failed = false;
  auto ship_outbox = [&] {
    if (!persist()) {
      persist_failed = true;
      return;  // nothing leaves a node whose state is not safe
    }
    for (const auto& envelope : node.take_outbox()) {
      auto& conn = outgoing[envelope.msg.dest];
      if (!conn || !conn->open()) {
        conn = std::make_unique<raftkv::LineConnection>(raftkv::connect_loopback(port_of[envelope.msg.dest]));
      }
      conn->send(raftkv::encode_envelope(envelope));  // lost if the peer is not up: Raft copes
    }
  };

  while (now_ms() < duration_ms && !persist_failed) {
    std::vector<pollfd> fds;
    fds.push_back({listener, POLLIN, 0});
    for (const auto& c : incoming) fds.push_back({c->fd(), POLLIN, 0});
    for (const auto& [peer, c] : outgoing) {
      if (c && c->open()) fds.push_back({c->fd(), static_cast<short>(POLLIN | (c->wants_write() ? POLLOUT : 0)), 0});
    }
    ::poll(fds.data(), fds.size(), 5);
    for (;;) {
      const int fd = raftkv::accept_connection(listener);
      if (fd < 0) break;
      incoming.push_back(std::make_unique<raftkv::LineConnection>(fd));
    }
    for (auto& conn : incoming) {
      for (const auto& line : conn->read_lines()) {
        if (auto command = raftkv::decode_client_request(line)) {
          const raftkv::ClientReply reply = node.client_request(*command);
          if (!persist()) persist_failed = true;
          else conn->send(raftkv::encode_client_reply(reply));
        } else if (auto envelope = raftkv::decode_envelope(line)) {
          node.receive(*envelope, now_ms());
        }
        ship_outbox();
      }
      conn->flush();
    }
    std::erase_if(incoming, [](const auto& c) { return !c->open(); });
    for (auto& [peer, conn] : outgoing) {
      if (!conn) continue;
      conn->read_lines();  // peers never write back on this connection; notices a close
      conn->flush();
    }
    node.tick(now_ms());
    ship_outbox();
  }
  tracer->flush();
  ::close(listener);
  if (persist_failed || !persist()) return 1;
  std::cout << id << ": term " << node.current_term() << ", role " << raftkv::role_name(node.role()) << ", log "
            << node.log().size() << ", commit " << node.commit_index() << ", store {";
  bool first = true;
  for (const auto& [key, value] : node.store().data()) {
    std::cout << (first ? "" : ", ") << key << "=" << value;
    first = false;
  }
  std::cout << "}\n";
  return 0;
}
