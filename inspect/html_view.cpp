#include "inspect/html_view.hpp"

#include "inspect/html_assets.hpp"

namespace tlatrace::inspect {

namespace {

std::string escape_html(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string page_title(const nlohmann::json& r) {
  std::string title = "tlatrace: " + r.value("result", std::string("result"));
  if (r.contains("violation") && r["violation"].is_object()) {
    const auto& v = r["violation"];
    if (v.contains("kind") && v["kind"].is_string()) title += " (" + v["kind"].get<std::string>();
    if (v.contains("name") && v["name"].is_string()) title += " " + v["name"].get<std::string>();
    if (v.contains("kind") && v["kind"].is_string()) title += ")";
  }
  return title;
}

}  // namespace

std::string json_for_script(const nlohmann::json& value) {
  std::string text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    // These characters only occur inside JSON strings, where \u escapes mean the same.
    if (c == '<') out += "\\u003c";
    else if (c == '>') out += "\\u003e";
    else if (c == '&') out += "\\u0026";
    else if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' && (text[i + 2] == '\xA8' || text[i + 2] == '\xA9')) {
      out += text[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

std::string render_html(const nlohmann::json& annotated) {
  std::string out;
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  // Nothing may be loaded from anywhere: the page is self-contained.
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "script-src 'unsafe-inline'; img-src data:\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"generator\" content=\"tlatrace\">\n";
  out += "<title>" + escape_html(page_title(annotated)) + "</title>\n";
  out += "<style>" + std::string(kHtmlStyle) + "</style>\n</head>\n<body>\n";
  out += "<noscript><p>This page renders the counterexample with JavaScript; its data is the JSON in the page "
         "source (#tlatrace-data).</p></noscript>\n";
  out += "<div id=\"app\"></div>\n";
  out += "<script type=\"application/json\" id=\"tlatrace-data\">" + json_for_script(annotated) + "</script>\n";
  out += "<script>" + std::string(kHtmlScript) + "</script>\n</body>\n</html>\n";
  return out;
}

}  // namespace tlatrace::inspect
