#include "examples/raftkv/net/wire.hpp"

#include <nlohmann/json.hpp>

#include "instrument/to_tla.hpp"

namespace raftkv {

using nlohmann::json;

std::string encode_envelope(const Envelope& envelope) {
  json line;
  line["stamp"] = envelope.stamp.encode();
  line["msg"] = json::parse(tlatrace::instrument::to_tla_string(envelope.msg));
  return line.dump() + "\n";
}

namespace {

std::optional<MessageType> message_type(const std::string& name) {
  for (auto type : {MessageType::RequestVoteRequest, MessageType::RequestVoteResponse,
                    MessageType::AppendEntriesRequest, MessageType::AppendEntriesResponse}) {
    if (name == message_type_name(type)) return type;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Envelope> decode_envelope(const std::string& line, std::string* error) {
  try {
    const json doc = json::parse(line);
    if (!doc.is_object() || !doc.contains("msg")) throw std::runtime_error("not a peer message");
    const json& j = doc.at("msg");
    Envelope envelope;
    Message& m = envelope.msg;
    const auto type = message_type(j.at("mtype").get<std::string>());
    if (!type) throw std::runtime_error("unknown mtype");
    m.type = *type;
    m.term = j.at("mterm").get<Term>();
    m.source = j.at("msource").get<std::string>();
    m.dest = j.at("mdest").get<std::string>();
    switch (m.type) {
      case MessageType::RequestVoteRequest:
        m.last_log_term = j.at("mlastLogTerm").get<Term>();
        m.last_log_index = j.at("mlastLogIndex").get<Index>();
        break;
      case MessageType::RequestVoteResponse:
        m.vote_granted = j.at("mvoteGranted").get<bool>();
        break;
      case MessageType::AppendEntriesRequest:
        m.prev_log_index = j.at("mprevLogIndex").get<Index>();
        m.prev_log_term = j.at("mprevLogTerm").get<Term>();
        m.commit_index = j.at("mcommitIndex").get<Index>();
        for (const auto& e : j.at("mentries")) {
          m.entries.push_back(Entry{e.at("term").get<Term>(), e.at("value").get<std::string>()});
        }
        break;
      case MessageType::AppendEntriesResponse:
        m.success = j.at("msuccess").get<bool>();
        m.match_index = j.at("mmatchIndex").get<Index>();
        break;
    }
    if (doc.contains("stamp")) {
      if (auto stamp = tlatrace::instrument::Stamp::decode(doc.at("stamp").get<std::string>())) {
        envelope.stamp = *stamp;
      }
    }
    return envelope;
  } catch (const std::exception& e) {
    if (error) *error = e.what();
    return std::nullopt;
  }
}

std::string encode_client_request(const std::string& command) {
  return json{{"client", command}}.dump() + "\n";
}

std::string encode_client_reply(const ClientReply& reply) {
  json j{{"accepted", reply.accepted}};
  if (reply.accepted) {
    j["index"] = reply.index;
  } else {
    j["leader"] = reply.leader_hint;
  }
  return j.dump() + "\n";
}

std::optional<std::string> decode_client_request(const std::string& line) {
  try {
    const json doc = json::parse(line);
    if (doc.is_object() && doc.contains("client")) return doc.at("client").get<std::string>();
  } catch (const std::exception&) {
  }
  return std::nullopt;
}

std::optional<ClientReply> decode_client_reply(const std::string& line) {
  try {
    const json doc = json::parse(line);
    ClientReply reply;
    reply.accepted = doc.at("accepted").get<bool>();
    if (reply.accepted) {
      reply.index = doc.at("index").get<Index>();
    } else {
      reply.leader_hint = doc.value("leader", std::string());
    }
    return reply;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::vector<PeerAddress> parse_peers(const std::string& text, std::string* error) {
  std::vector<PeerAddress> peers;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t comma = std::min(text.find(',', start), text.size());
    const std::string item = text.substr(start, comma - start);
    const std::size_t eq = item.find('=');
    const std::size_t colon = item.rfind(':');
    if (eq == std::string::npos || colon == std::string::npos || colon < eq) {
      if (error) *error = "peer '" + item + "' is not id=127.0.0.1:port";
      return {};
    }
    const std::string host = item.substr(eq + 1, colon - eq - 1);
    if (host != "127.0.0.1") {
      if (error) *error = "peer '" + item + "': only 127.0.0.1 is allowed";
      return {};
    }
    PeerAddress peer;
    peer.id = item.substr(0, eq);
    try {
      peer.port = std::stoi(item.substr(colon + 1));
    } catch (...) {
      peer.port = 0;
    }
    if (peer.id.empty() || peer.port <= 0 || peer.port > 65535) {
      if (error) *error = "peer '" + item + "': bad id or port";
      return {};
    }
    peers.push_back(peer);
    start = comma + 1;
  }
  return peers;
}

}  // namespace raftkv
