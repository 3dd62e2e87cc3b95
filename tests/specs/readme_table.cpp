#include "readme_table.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace tlatrace::testing {

namespace {

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t`"), e = s.find_last_not_of(" \t`");
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

std::vector<std::string> cells(const std::string& line) {
  std::vector<std::string> out;
  std::string t = trim(line);
  if (t.size() < 2 || t.front() != '|' || t.back() != '|') return out;
  std::stringstream ss(t.substr(1, t.size() - 2));
  std::string cell;
  while (std::getline(ss, cell, '|')) out.push_back(trim(cell));
  return out;
}

long long number(const std::string& s) {
  std::string digits;
  for (char ch : s)
    if (ch >= '0' && ch <= '9') digits += ch;
    else if (ch != ',') return -1;
  return digits.empty() ? -1 : std::stoll(digits);
}

}  // namespace

std::vector<SpecRow> parse_spec_table(const std::string& readme) {
  std::vector<SpecRow> rows;
  size_t at = readme.find("<!-- spec-table -->");
  if (at == std::string::npos) return rows;
  std::stringstream ss(readme.substr(at));
  std::string line;
  std::getline(ss, line);  // the marker
  bool in_table = false;
  while (std::getline(ss, line)) {
    std::vector<std::string> c = cells(line);
    if (c.empty()) {
      if (in_table) break;  // the table ended
      continue;
    }
    in_table = true;
    if (c.size() != 7 || c[0] == "spec" || c[0].find("---") == 0) continue;  // header, separator
    SpecRow r{c[0], c[1], c[2], c[3], c[4], number(c[5]), c[6]};
    rows.push_back(r);
  }
  return rows;
}

std::optional<SpecRow> find_row(const std::vector<SpecRow>& rows, const std::string& cfg) {
  for (const auto& r : rows)
    if (r.cfg == cfg) return r;
  return std::nullopt;
}

std::vector<std::string> cfg_files(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".cfg") out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::string read_text(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace tlatrace::testing
