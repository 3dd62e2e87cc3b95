// raftkv_client: sends one command to the cluster, following redirects to the leader.
//
//   raftkv_client --peers n1=127.0.0.1:7001,... --request "put a 1" [--timeout-ms 3000]
//
// Exit 0 when a leader accepted the command (prints where), 1 if none did in time, 2 on bad
// usage.
#include <chrono>
#include <iostream>
#include <map>
#include <string>
#include <thread>

#include "examples/raftkv/net/socket_util.hpp"
#include "examples/raftkv/net/wire.hpp"

int main(int argc, char** argv) {
  std::string peers_text, request;
  long long timeout_ms = 3000;
  for (int k = 1; k + 1 < argc; k += 2) {
    const std::string arg = argv[k], value = argv[k + 1];
    if (arg == "--peers") peers_text = value;
    else if (arg == "--request") request = value;
    else if (arg == "--timeout-ms") timeout_ms = std::atoll(value.c_str());
    else {
      std::cerr << "raftkv_client: unknown option '" << arg << "'\n";
      return 2;
    }
  }
  std::string error;
  const auto peers = raftkv::parse_peers(peers_text, &error);
  if (peers.empty() || request.empty()) {
    std::cerr << "raftkv_client: " << (error.empty() ? "need --peers and --request" : error) << "\n";
    return 2;
  }
  std::map<std::string, int> port_of;
  for (const auto& p : peers) port_of[p.id] = p.port;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  std::size_t next = 0;
  std::string target = peers[0].id;
  while (std::chrono::steady_clock::now() < deadline) {
    std::string line;
    if (raftkv::request_reply(port_of[target], raftkv::encode_client_request(request), line, 500)) {
      if (auto reply = raftkv::decode_client_reply(line)) {
        if (reply->accepted) {
          std::cout << "accepted by " << target << " at index " << reply->index << "\n";
          return 0;
        }
        if (!reply->leader_hint.empty() && port_of.count(reply->leader_hint)) {
          target = reply->leader_hint;  // redirect
          continue;
        }
      }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    target = peers[++next % peers.size()].id;  // no leader known: try the next node
  }
  std::cerr << "raftkv_client: no leader accepted '" << request << "'\n";
  return 1;
}
