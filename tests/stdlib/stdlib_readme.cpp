#include "tests/stdlib/stdlib_readme.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace tlatrace::stdlib_test {
namespace {

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  const auto e = s.find_last_not_of(" \t");
  return s.substr(b, e - b + 1);
}

// "A, B, C" -> {A, B, C}; "(none)" -> {}.
std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> out;
  const std::string t = trim(text);
  if (t.empty() || t == "(none)") return out;
  std::stringstream in(t);
  std::string item;
  while (std::getline(in, item, ',')) out.push_back(trim(item));
  return out;
}

// Splits a table row `| a | b | c |` into its cells; `\|` inside a cell is kept.
std::vector<std::string> split_row(const std::string& row) {
  std::vector<std::string> cells;
  std::string cur;
  for (size_t i = 1; i < row.size(); ++i) {
    if (row[i] == '\\' && i + 1 < row.size() && row[i + 1] == '|') {
      cur += '|';
      ++i;
    } else if (row[i] == '|') {
      cells.push_back(trim(cur));
      cur.clear();
    } else {
      cur += row[i];
    }
  }
  return cells;
}

std::string unquote(const std::string& cell) {
  if (cell.size() >= 2 && cell.front() == '`' && cell.back() == '`')
    return cell.substr(1, cell.size() - 2);
  return cell;
}

}  // namespace

std::map<std::string, ReadmeModule> parse_readme(const std::string& text,
                                                 std::vector<std::string>& errors) {
  std::map<std::string, ReadmeModule> modules;
  ReadmeModule* current = nullptr;
  std::stringstream in(text);
  std::string line;
  int number = 0;
  const std::string ext_key = "EXTENDS:", inst_key = "LOCAL INSTANCE:";
  while (std::getline(in, line)) {
    ++number;
    const std::string where = "line " + std::to_string(number) + ": ";
    if (line.rfind("### ", 0) == 0) {
      const std::string name = trim(line.substr(4));
      if (modules.count(name)) errors.push_back(where + "module " + name + " listed twice");
      current = &modules[name];
      current->name = name;
    } else if (current && line.rfind(ext_key, 0) == 0) {
      const auto semi = line.find(';');
      const auto inst = line.find(inst_key);
      if (semi == std::string::npos || inst == std::string::npos) {
        errors.push_back(where + "expected `EXTENDS: ...; LOCAL INSTANCE: ...`");
        continue;
      }
      current->extends = split_list(line.substr(ext_key.size(), semi - ext_key.size()));
      current->local_instances = split_list(line.substr(inst + inst_key.size()));
    } else if (current && line.rfind("| `", 0) == 0) {
      const auto cells = split_row(line);
      if (cells.size() != 4) {
        errors.push_back(where + "expected 4 cells, got " + std::to_string(cells.size()));
        continue;
      }
      ReadmeOperator op;
      op.name = unquote(cells[0]);
      op.line = number;
      try {
        size_t used = 0;
        op.arity = std::stoi(cells[1], &used);
        if (used != cells[1].size()) throw std::invalid_argument(cells[1]);
      } catch (const std::exception&) {
        errors.push_back(where + "arity is not a number: " + cells[1]);
        continue;
      }
      if (cells[3] != "native" && cells[3] != "TLA+") {
        errors.push_back(where + "body must be `native` or `TLA+`, got " + cells[3]);
        continue;
      }
      op.native = cells[3] == "native";
      current->operators.push_back(op);
    } else if (line.rfind("## ", 0) == 0) {
      current = nullptr;  // a new top-level section ends the module tables
    }
  }
  return modules;
}

std::string stdlib_dir() { return TLATRACE_SOURCE_DIR "/specs/stdlib"; }

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

}  // namespace tlatrace::stdlib_test
