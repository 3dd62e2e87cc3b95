// The page's stylesheet: a light theme (dark when the system prefers it); changed variables and
// entries highlighted, the failing step framed in red, the current step outlined.
#include "inspect/html_assets.hpp"

namespace tlatrace::inspect {

const char* const kHtmlStyle = R"CSS(
:root { --bg: #fff; --fg: #1d1f21; --muted: #6a737d; --line: #d0d7de; --changed: #fff3b0;
        --added: #d5f5dd; --removed: #ffd7d5; --fail: #cf222e; --current: #0969da; --panel: #f6f8fa; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #8b949e; --line: #30363d; --changed: #5a4a00;
          --added: #1f4d2c; --removed: #5c1f1f; --fail: #ff7b72; --current: #58a6ff; --panel: #161b22; }
}
body { background: var(--bg); color: var(--fg); font: 14px/1.45 system-ui, sans-serif; margin: 0 auto;
       max-width: 1100px; padding: 1em 1.5em 4em; }
code, pre { font: 13px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre { white-space: pre-wrap; word-break: break-all; background: var(--panel); padding: .5em; margin: .3em 0; }
h1 { font-size: 1.4em; margin: .2em 0; }
header .source, .loc, .help, .none { color: var(--muted); }
header .message { font-weight: 600; }
.step { border: 1px solid var(--line); border-left: 5px solid var(--line); border-radius: 4px; margin: .8em 0;
        padding: .3em .8em .6em; outline: none; }
.step.current { border-left-color: var(--current); box-shadow: 0 0 0 1px var(--current); }
.step.failing { border-color: var(--fail); border-left-color: var(--fail); }
.step h2 { font-size: 1.05em; margin: .3em 0; cursor: pointer; }
.step h2 .num { display: inline-block; min-width: 2em; text-align: right; color: var(--muted); }
.badge { font-size: .75em; border: 1px solid var(--line); border-radius: 10px; padding: 0 .5em; font-weight: 500; }
.badge.failing, .badge.disabled { color: var(--fail); border-color: var(--fail); }
.badge.enabled { color: var(--current); border-color: var(--current); }
table { border-collapse: collapse; }
table.vars { width: 100%; }
table.vars th { text-align: left; vertical-align: top; padding: .2em .8em .2em 0; white-space: nowrap; width: 1%; }
table.vars td { padding: .2em 0; }
tr.var.changed > th { background: var(--changed); }
tr.var.changed .marker { color: var(--fail); }
body.changed-only tr.var:not(.changed) { display: none; }
details.tree > summary { cursor: pointer; }
ul.entries { list-style: none; margin: 0; padding-left: 1.4em; border-left: 1px dotted var(--line); }
.key { color: var(--muted); }
.changed { background: var(--changed); }
.changed.added { background: var(--added); }
details.tree.changed > summary, code.changed { outline: 1px solid var(--fail); }
ul.changes { margin: .2em 0; padding-left: 1.2em; }
li.change.added::marker { content: '+ '; }
li.change.modified::marker { content: '~ '; }
li.change.removed::marker { content: '- '; }
li.change.removed .where { background: var(--removed); }
table.record-fields th { text-align: left; padding-right: 1em; vertical-align: top; }
table.watches, table.differences, #watch-timeline { margin: .4em 0; }
table.watches th, table.watches td, table.differences th, table.differences td, #watch-timeline th, #watch-timeline td {
  border: 1px solid var(--line); padding: .15em .5em; text-align: left; vertical-align: top; }
#watch-timeline td.changed { font-weight: 600; }
#watch-timeline th.failing { color: var(--fail); }
#diagnosis { border-top: 1px dashed var(--fail); margin-top: .6em; }
.action-diagnosis { margin: .4em 0 .8em; }
.action-diagnosis h4 { margin: .3em 0; }
.conjunct .label, .label { color: var(--muted); margin-right: .3em; }
.explanation, .note { margin: .2em 0 .2em 1em; }
)CSS";

}  // namespace tlatrace::inspect
