// detail::ClockTail, the clocks' part of a tracer's lines kept as one text with the counters'
// digits patched in: its text equals the clocks' across every change of a number's length,
// the 10^8 boundaries, the wrap-around and long texts, and put() stays within bound().
#include "instrument/detail/clock_tail.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <string>
#include <vector>

namespace tlatrace::instrument {
namespace {

using detail::ClockTail;
using detail::DecimalCounter;

/// The text ClockTail must produce.
std::string expected(std::string_view lead, std::uint64_t lamport, std::string_view vc_lead, std::uint64_t own,
                     std::string_view rest) {
  return std::string(lead) + std::to_string(lamport) + std::string(vc_lead) + std::to_string(own) + std::string(rest);
}

/// Ticks both counters `ticks` times from the given values, laying out again when stale()
/// says so (as the tracer does), and checks every text and that nothing is written past bound().
void follow(std::uint64_t lamport_start, std::uint64_t own_start, int ticks, std::string_view lead, std::string_view vc_lead,
            std::string_view rest) {
  DecimalCounter lamport, own;
  lamport.set(lamport_start);
  own.set(own_start);
  ClockTail tail;
  tail.layout(lead, lamport, vc_lead, own, rest);
  for (int i = 0; i < ticks; ++i) {
    const std::size_t room = tail.bound();  // claimed before the tick, as the tracer does
    lamport.increment();
    own.increment();
    if (tail.stale(lamport, own)) tail.layout(lead, lamport, vc_lead, own, rest);
    std::vector<char> buffer(room + 16, '#');
    char* end = tail.put(buffer.data(), lamport, own);
    ASSERT_EQ(std::string(buffer.data(), end), expected(lead, lamport.value(), vc_lead, own.value(), rest))
        << "at lamport " << lamport.value() << ", own " << own.value();
    for (std::size_t k = room; k < buffer.size(); ++k) ASSERT_EQ(buffer[k], '#') << "written past bound() at " << k;
  }
}

constexpr std::string_view kLead = R"(},"node":"n1","clock":)";
constexpr std::string_view kVcLead = R"(,"vc":{"n1":)";

TEST(InstrumentClockTailTest, EveryLengthOfBothNumbers) {
  follow(0, 0, 2000, kLead, kVcLead, "}");
  // Different lengths at the same time, and every power of ten up to the largest value.
  for (std::uint64_t nines = 9; nines < 10000000000000000000ull; nines = nines * 10 + 9) {
    follow(nines - 3, nines / 7, 6, kLead, kVcLead, R"(,"n2":4})");
    follow(nines / 3, nines - 2, 6, kLead, kVcLead, "}");
  }
}

TEST(InstrumentClockTailTest, TheDigitsAboveTheLowestEight) {
  follow(99999990, 12345678999999990ull, 30, kLead, kVcLead, "}");    // 10^8, and a multiple of 10^8
  follow(1999999995, 5, 10, kLead, kVcLead, "}");
  constexpr auto kMax = std::numeric_limits<std::uint64_t>::max();
  follow(kMax - 5, kMax - 3, 10, kLead, kVcLead, "}");  // the wrap-around to 0
}

TEST(InstrumentClockTailTest, LongTextsAndShortLeads) {
  const std::string long_lead = R"(},"node":")" + std::string(80, 'x') + R"(","clock":)";
  std::string rest;
  for (int n = 2; n < 12; ++n) rest += ",\"n" + std::to_string(n) + "\":" + std::to_string(n * 1000);
  rest += '}';
  follow(95, 995, 20, long_lead, kVcLead, rest);
  follow(0, 0, 20, "12345678", "abcdefgh", "");  // the shortest leads the layout allows
}

}  // namespace
}  // namespace tlatrace::instrument
