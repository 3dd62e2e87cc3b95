// The JUnit XML report: one test case per trace.
#include <sstream>

#include "refinement/report.hpp"

namespace tlatrace::refine {

namespace {

std::string xml_escape(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') out += "?";  // not allowed in XML 1.0
        else out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace

std::string render_junit(const std::vector<std::pair<const ValidationResult*, std::string>>& runs) {
  size_t failures = 0, errors = 0;
  double total = 0;
  for (const auto& [r, details] : runs) {
    failures += r->verdict == ValidationResult::Verdict::Rejected;
    errors += r->verdict == ValidationResult::Verdict::Error || r->verdict == ValidationResult::Verdict::Limit;
    total += r->seconds;
  }
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites tests=\"" << runs.size() << "\" failures=\"" << failures << "\" errors=\"" << errors << "\">\n";
  out << "  <testsuite name=\"tlatrace validate\" tests=\"" << runs.size() << "\" failures=\"" << failures
      << "\" errors=\"" << errors << "\" time=\"" << total << "\">\n";
  for (const auto& [r, details] : runs) {
    out << "    <testcase classname=\"tlatrace.validate\" name=\"" << xml_escape(r->trace_name) << "\" time=\""
        << r->seconds << "\"";
    switch (r->verdict) {
      case ValidationResult::Verdict::Accepted:
        out << "/>\n";
        break;
      case ValidationResult::Verdict::Rejected:
        out << ">\n      <failure type=\"" << xml_escape(r->kind) << "\" message=\""
            << xml_escape(r->file + ":" + std::to_string(r->line) + ": " + r->summary) << "\">" << xml_escape(details)
            << "</failure>\n    </testcase>\n";
        break;
      default:
        out << ">\n      <error message=\"" << xml_escape(r->message) << "\">" << xml_escape(details)
            << "</error>\n    </testcase>\n";
    }
  }
  out << "  </testsuite>\n</testsuites>\n";
  return out.str();
}

}  // namespace tlatrace::refine
