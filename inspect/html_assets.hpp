#pragma once
// The fixed text of the HTML page, kept as raw string literals in their own files:
// html_style.cpp (CSS), html_script.cpp (the script that renders the view).
namespace tlatrace::inspect {

/// The page's stylesheet (inlined in a <style> element).
extern const char* const kHtmlStyle;
/// The page's script (inlined in a <script> element); reads the JSON of #tlatrace-data.
extern const char* const kHtmlScript;

}  // namespace tlatrace::inspect
