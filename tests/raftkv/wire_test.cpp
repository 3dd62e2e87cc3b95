// The TCP wire format: messages round-trip with their stamps; bad lines are refused, not
// crashed on; peer lists accept only 127.0.0.1.
#include <gtest/gtest.h>

#include "examples/raftkv/net/wire.hpp"

namespace raftkv {
namespace {

TEST(RaftkvWire, AppendEntriesRoundTripsWithItsStamp) {
  Envelope e;
  e.msg.type = MessageType::AppendEntriesRequest;
  e.msg.term = 3;
  e.msg.prev_log_index = 4;
  e.msg.prev_log_term = 2;
  e.msg.entries = {Entry{3, "put a \"1\""}};
  e.msg.commit_index = 4;
  e.msg.source = "n1";
  e.msg.dest = "n2";
  e.stamp.lamport = 9;
  e.stamp.vc = tlatrace::instrument::VectorClock("n1");
  e.stamp.vc.set("n1", 9);
  e.stamp.vc.set("n3", 2);
  const std::string line = encode_envelope(e);
  ASSERT_EQ(line.back(), '\n');
  EXPECT_NE(line.find("\"mtype\":\"AppendEntriesRequest\""), std::string::npos) << line;
  std::string error;
  const auto back = decode_envelope(line, &error);
  ASSERT_TRUE(back) << error;
  EXPECT_EQ(back->msg, e.msg);
  EXPECT_EQ(back->stamp.lamport, 9u);
  EXPECT_EQ(back->stamp.vc.get("n3"), 2u);
}

TEST(RaftkvWire, EveryMessageTypeRoundTrips) {
  for (auto type : {MessageType::RequestVoteRequest, MessageType::RequestVoteResponse,
                    MessageType::AppendEntriesResponse}) {
    Message m;
    m.type = type;
    m.term = 2;
    m.last_log_term = type == MessageType::RequestVoteRequest ? 1 : 0;
    m.last_log_index = type == MessageType::RequestVoteRequest ? 7 : 0;
    m.vote_granted = type == MessageType::RequestVoteResponse;
    m.success = type == MessageType::AppendEntriesResponse;
    m.match_index = type == MessageType::AppendEntriesResponse ? 5 : 0;
    m.source = "n2";
    m.dest = "n1";
    const auto back = decode_envelope(encode_envelope(Envelope{m, {}}));
    ASSERT_TRUE(back) << message_type_name(type);
    EXPECT_EQ(back->msg, m) << message_type_name(type);
  }
}

TEST(RaftkvWire, BadLinesAreRefusedWithAReason) {
  for (const char* bad : {"", "not json", "[]", "{\"msg\":{\"mtype\":\"Gossip\",\"mterm\":1}}",
                          "{\"msg\":{\"mtype\":\"RequestVoteResponse\",\"mterm\":\"x\",\"msource\":\"a\",\"mdest\":\"b\"}}",
                          "{\"msg\":{\"mtype\":\"AppendEntriesRequest\",\"mterm\":1,\"msource\":\"a\",\"mdest\":\"b\","
                          "\"mprevLogIndex\":0,\"mprevLogTerm\":0,\"mcommitIndex\":0,\"mentries\":[1]}}"}) {
    std::string error;
    EXPECT_FALSE(decode_envelope(bad, &error)) << bad;
    EXPECT_FALSE(error.empty()) << bad;
  }
  EXPECT_FALSE(decode_client_request("{\"msg\":1}"));
  EXPECT_EQ(decode_client_request(encode_client_request("put a 1")), "put a 1");
}

TEST(RaftkvWire, ClientRepliesRoundTrip) {
  const auto ok = decode_client_reply(encode_client_reply(ClientReply{true, 3, ""}));
  ASSERT_TRUE(ok);
  EXPECT_TRUE(ok->accepted);
  EXPECT_EQ(ok->index, 3);
  const auto redirect = decode_client_reply(encode_client_reply(ClientReply{false, 0, "n2"}));
  ASSERT_TRUE(redirect);
  EXPECT_FALSE(redirect->accepted);
  EXPECT_EQ(redirect->leader_hint, "n2");
}

TEST(RaftkvWire, PeerListsAreLoopbackOnly) {
  std::string error;
  const auto peers = parse_peers("n1=127.0.0.1:7001,n2=127.0.0.1:7002", &error);
  ASSERT_EQ(peers.size(), 2u) << error;
  EXPECT_EQ(peers[1].id, "n2");
  EXPECT_EQ(peers[1].port, 7002);
  EXPECT_TRUE(parse_peers("n1=10.0.0.1:7001", &error).empty());
  EXPECT_NE(error.find("only 127.0.0.1"), std::string::npos);
  EXPECT_TRUE(parse_peers("n1=127.0.0.1:99999", &error).empty());
  EXPECT_TRUE(parse_peers("n1", &error).empty());
}

}  // namespace
}  // namespace raftkv
