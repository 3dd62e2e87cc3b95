#pragma once
// The TCP wire format: one JSON object per line.
//   peer message:   {"stamp":"<Stamp::encode()>","msg":{<the spec's message record>}}
//   client request: {"client":"put a 1"}
//   client reply:   {"accepted":true,"index":3} or {"accepted":false,"leader":"n2"}
#include <optional>
#include <string>
#include <vector>

#include "examples/raftkv/raft/node.hpp"
#include "examples/raftkv/raft/types.hpp"

namespace raftkv {

/// One line (with '\n') carrying `envelope`.
std::string encode_envelope(const Envelope& envelope);
/// A peer message from a line; nullopt (and `error` set) if the line is not one.
std::optional<Envelope> decode_envelope(const std::string& line, std::string* error = nullptr);

/// One line for a client request / reply.
std::string encode_client_request(const std::string& command);
std::string encode_client_reply(const ClientReply& reply);
/// The command of a client request line, if it is one.
std::optional<std::string> decode_client_request(const std::string& line);
std::optional<ClientReply> decode_client_reply(const std::string& line);

/// A peer list "n1=127.0.0.1:7001,n2=127.0.0.1:7002": id -> port. Only 127.0.0.1 is
/// accepted; on error returns an empty vector and sets `error`.
struct PeerAddress {
  NodeId id;
  int port = 0;
};
std::vector<PeerAddress> parse_peers(const std::string& text, std::string* error);

}  // namespace raftkv
