// Records one event through the installed library; the trace file comes from $TLATRACE.
#include <cstdio>
#include <string>
#include <vector>

#include "instrument/instrument.hpp"

namespace shop {
struct Order {
  int id;
  std::string item;
};
TLATRACE_RECORD(Order, id, item)
}  // namespace shop

int main() {
  tlatrace::instrument::Tracer tracer("shop-1");
  if (!tracer.enabled()) {
    std::fprintf(stderr, "consumer: tracing is off (set TLATRACE)\n");
    return 1;
  }
  std::vector<shop::Order> orders{{1, "tea"}, {2, "caf\xc3\xa9"}};
  tracer.event("PlaceOrder").param("o", 2).set("orders", orders).emit();
  tracer.flush();
  std::printf("consumer: traced %s\n", tracer.node().c_str());
  return 0;
}
