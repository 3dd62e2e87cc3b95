// The page's script: builds the counterexample view from the embedded annotated JSON
// (inspect/annotate.hpp) and handles keyboard navigation. Stable DOM hooks for tests and tools:
// section.step[data-step] (class failing, current), tr.var[data-var] (class changed),
// [data-path] nodes inside values (class changed), li.change[data-variable][data-path],
// #watch-timeline, #diagnosis, body[data-ready].
#include "inspect/html_assets.hpp"

namespace tlatrace::inspect {

const char* const kHtmlScript = R"JS(
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('tlatrace-data').textContent);
  var violation = data.violation || {};
  var steps = data.steps || fallbackSteps();
  var watches = data.watches || [];
  var app = document.getElementById('app');

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) {
      if (attrs[k] === undefined || attrs[k] === null || attrs[k] === false) continue;
      if (k === 'class') e.className = attrs[k]; else e.setAttribute(k, attrs[k]);
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return e;
  }

  // Without annotate()'s "steps": the report's own step lists, without changes.
  function fallbackSteps() {
    var list = violation.trace || violation.path || [];
    return list.map(function (s, i) {
      return { step: s.step || i + 1, action: s.action || '', location: '', values: s.values || {},
               state: s.state || {}, has_state: true, changes: s.changes || [], failing: i === list.length - 1 };
    });
  }

  // ITF JSON printed the way TLC prints values.
  function isObj(v) { return v !== null && typeof v === 'object' && !Array.isArray(v); }
  function tla(v) {
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    if (typeof v === 'number') return String(v);
    if (typeof v === 'string') return JSON.stringify(v);
    if (Array.isArray(v)) return '<<' + v.map(tla).join(', ') + '>>';
    if ('#bigint' in v) return v['#bigint'];
    if ('#unserializable' in v) return String(v['#unserializable']);
    if ('#tup' in v) return '<<' + v['#tup'].map(tla).join(', ') + '>>';
    if ('#set' in v) return '{' + v['#set'].map(tla).join(', ') + '}';
    if ('#map' in v) return v['#map'].length === 0 ? '<<>>' :
      '(' + v['#map'].map(function (p) { return tla(p[0]) + ' :> ' + tla(p[1]); }).join(' @@ ') + ')';
    var keys = Object.keys(v);
    return '[' + keys.map(function (k) { return k + ' |-> ' + tla(v[k]); }).join(', ') + ']';
  }
  function clip(text, n) { return text.length > n ? text.slice(0, n - 1) + '\u2026' : text; }

  // The children of a composite ITF value: [label, path suffix (null: a set element), value,
  // accessor of the same child in another value (the previous step's)].
  function isPlainRecord(v) { return isObj(v) && !Object.keys(v).some(function (k) { return k.charAt(0) === '#'; }); }
  function children(v) {
    if (!isObj(v)) return Array.isArray(v) ? v.map(function (x, i) { return ['[' + (i + 1) + ']', '[' + (i + 1) + ']', x, function () {}]; }) : null;
    if ('#bigint' in v || '#unserializable' in v) return null;
    if ('#tup' in v) return v['#tup'].map(function (x, i) {
      return ['[' + (i + 1) + ']', '[' + (i + 1) + ']', x, function (o) { return isObj(o) && o['#tup'] ? o['#tup'][i] : undefined; }];
    });
    if ('#set' in v) return v['#set'].map(function (x) { return ['\u2208', null, x, function () {}]; });
    if ('#map' in v) return v['#map'].map(function (p) {
      var k = '[' + tla(p[0]) + ']', id = JSON.stringify(p[0]);
      return [k, k, p[1], function (o) {
        var hit = isObj(o) && o['#map'] ? o['#map'].find(function (q) { return JSON.stringify(q[0]) === id; }) : null;
        return hit ? hit[1] : undefined;
      }];
    });
    return Object.keys(v).map(function (k) {
      return ['.' + k, '.' + k, v[k], function (o) { return isPlainRecord(o) ? o[k] : undefined; }];
    });
  }

  // A value as a tree of <details>; nodes whose path changed get class "changed". `marks`:
  // {at: path -> change kind, gained: paths of sets that gained elements}; `prev`: the same
  // place in the previous step's value (to tell which elements of a set are new).
  function valueTree(v, path, marks, prev) {
    var kids = children(v);
    var mark = marks.at[path] === 'removed' ? null : marks.at[path];
    var cls = mark ? 'changed ' + mark : '';
    if (!kids || kids.length === 0) return el('code', { 'class': ('leaf ' + cls).trim(), 'data-path': path }, [tla(v)]);
    var hasChange = Object.keys(marks.at).some(function (p) {
      return p.length > path.length && p.indexOf(path) === 0 && '.[{'.indexOf(p.charAt(path.length)) >= 0;
    });
    var isNew = function (x) {
      if (!marks.gained[path]) return false;
      var before = isObj(prev) && prev['#set'] ? prev['#set'] : [];
      return !before.some(function (y) { return JSON.stringify(y) === JSON.stringify(x); });
    };
    var list = el('ul', { 'class': 'entries' }, kids.map(function (c) {
      var sub = c[1] === null ? path + '{' + tla(c[2]) + '}' : path + c[1];
      var node = valueTree(c[2], sub, marks, c[3](prev));
      if (c[1] === null && isNew(c[2])) node.classList.add('changed', 'added');
      return el('li', null, [el('span', { 'class': 'key' }, [c[0]]), ' ', node]);
    }));
    var d = el('details', { 'class': ('tree ' + cls + (hasChange ? ' has-change' : '')).trim(), 'data-path': path,
                            open: (hasChange || mark) ? 'open' : null },
               [el('summary', null, [el('code', null, [clip(tla(v), 100)])]), list]);
    return d;
  }

  function changeItem(c) {
    var where = c.variable + (c.path || '');
    var text = c.kind === 'added' ? (c.element ? 'gained ' : 'added ') + c.after :
               c.kind === 'removed' ? (c.element ? 'lost ' : 'removed ') + c.before :
               c.before + ' \u2192 ' + c.after;
    return el('li', { 'class': 'change ' + c.kind, 'data-variable': c.variable, 'data-path': c.path || '',
                      'data-kind': c.kind }, [el('code', { 'class': 'where' }, [where]), ' ', el('span', null, [text])]);
  }

  function variableNames(step) {
    var names = (data.variables || violation.variables || []).slice();
    Object.keys(step.state || {}).concat(Object.keys(step.values || {})).forEach(function (n) {
      if (names.indexOf(n) < 0) names.push(n);
    });
    return names;
  }

  function varRow(step, previous, name) {
    var changes = (step.changes || []).filter(function (c) { return c.variable === name; });
    var marks = { at: {}, gained: {} };
    changes.forEach(function (c) {
      // A set's new elements are marked on themselves (found against the previous value).
      // Removed places have no node in the new value: they only open their ancestors.
      if (c.element) {
        marks.at[(c.path || '') + '{' + (c.kind === 'removed' ? c.before : c.after) + '}'] = 'removed';
        if (c.kind === 'added') marks.gained[c.path || ''] = true;
      } else {
        marks.at[c.path || ''] = c.kind;
      }
    });
    var has = step.values && name in step.values;
    var printed = step.state && name in step.state ? step.state[name] : has ? tla(step.values[name]) : '';
    var prev = previous && previous.values ? previous.values[name] : undefined;
    var cell = has ? valueTree(step.values[name], '', marks, prev) : el('code', { 'class': 'leaf', 'data-path': '' }, [printed]);
    var tds = [el('th', { scope: 'row' }, [changes.length ? el('span', { 'class': 'marker' }, ['\u25cf ']) : null, name]),
               el('td', null, [cell, changes.length ? el('ul', { 'class': 'changes' }, changes.map(changeItem)) : null])];
    return el('tr', { 'class': 'var' + (changes.length ? ' changed' : ''), 'data-var': name }, tds);
  }

  function conjunct(title, f) {
    if (!f) return null;
    var loc = f.location ? f.location.file + ':' + f.location.line + ':' + f.location.col : '';
    return el('div', { 'class': 'conjunct' }, [
      el('span', { 'class': 'label' }, [title + ' ']), el('code', null, [f.text || '']), loc ? el('span', { 'class': 'loc' }, [' ' + loc]) : null,
      f.explanation ? el('div', { 'class': 'explanation' }, [f.explanation]) : null,
      (f.values || []).length ? el('ul', { 'class': 'conjunct-values' }, f.values.map(function (x) {
        return el('li', null, [el('code', null, [x.expr + ' = ' + x.value])]);
      })) : null]);
  }

  function diffTable(diffs) {
    return el('table', { 'class': 'differences' }, [el('tr', null, [el('th', null, ['where']), el('th', null, ['spec']),
      el('th', null, ['trace']), el('th', null, ['why'])])].concat(diffs.map(function (d) {
      return el('tr', { 'data-variable': d.variable }, [el('td', null, [el('code', null, [d.variable + (d.path || '')])]),
        el('td', null, [el('code', null, [d.spec])]), el('td', null, [el('code', null, [d.trace])]), el('td', null, [d.reason || ''])]);
    })));
  }

  function actionDiagnosis(a, badge) {
    var name = a.action + (a.arguments ? ' (' + a.arguments + ')' : '');
    badge = badge || (a.enabled ? 'enabled' : 'disabled');
    var parts = [el('h4', null, [name, ' ', el('span', { 'class': 'badge ' + (a.enabled ? 'enabled' : 'disabled') },
                                              [badge])])];
    parts.push(conjunct('first false conjunct:', a.false_conjunct));
    parts.push(conjunct('false against the record:', a.record_conjunct));
    if (a.differences) parts.push(el('div', null, [el('span', { 'class': 'label' }, ['closest successor differs:']), diffTable(a.differences)]));
    (a.also_closest || []).forEach(function (alt) {
      parts.push(el('div', null, [el('span', { 'class': 'label' }, ['as close, with ' + alt.arguments + ':']), diffTable(alt.differences)]));
    });
    if (a.note) parts.push(el('div', { 'class': 'note' }, [a.note]));
    return el('div', { 'class': 'action-diagnosis', 'data-action': a.action }, parts);
  }

  function diagnosisSection(diag) {
    if (!diag || !diag.length) return null;
    return el('section', { id: 'diagnosis' }, [el('h3', null, ['Diagnosis'])].concat(diag.map(function (d) {
      var st = Object.keys(d.state || {}).map(function (k) { return k + ' = ' + d.state[k]; }).join('\n');
      return el('div', { 'class': 'from-state', 'data-state-index': d.state_index }, [
        el('details', null, [el('summary', null, ['from consistent state #' + d.state_index]), el('pre', null, [st])])]
        .concat((d.actions || []).map(function (a) { return actionDiagnosis(a); })));
    })));
  }

  // A refinement violation's step (violation.refinement of check): the abstract variables
  // before and after, and each abstract action tried with its first false conjunct.
  function refinementSection(r) {
    if (!r) return null;
    var vars = r.abstract_variables || Object.keys(r.abstract_after || {});
    var rows = [el('tr', null, [el('th', null, ['abstract variable']), el('th', null, ['before']), el('th', null, ['after'])])]
      .concat(vars.map(function (v) {
        var changed = (r.changed || []).indexOf(v) >= 0;
        return el('tr', { 'class': changed ? 'changed' : '', 'data-variable': v }, [el('td', null, [el('code', null, [v])]),
          el('td', null, [el('code', null, [(r.abstract_before || {})[v] || ''])]),
          el('td', null, [el('code', null, [(r.abstract_after || {})[v] || ''])])]);
      }));
    var tried = (r.tried || []).map(function (t) {
      var f = t.false_conjunct;
      var values = f && f.values ? (Array.isArray(f.values) ? f.values : Object.keys(f.values).map(function (k) {
        return { expr: k, value: f.values[k] };
      })) : [];
      return actionDiagnosis({ action: t.action, arguments: t.arguments, enabled: t.holds,
        false_conjunct: f ? { text: f.text, location: null, values: values } : null,
        note: f && f.location ? f.location : null }, t.holds ? 'holds' : 'false');
    });
    return el('section', { id: 'refinement' }, [el('h3', null, ['Refinement: step ' + r.step + ' (' + r.action +
      ') is neither a step of ' + (r.module || 'the abstract spec') + '\'s ' + (r.relation || 'next-state relation') +
      ' nor a stuttering step']), el('table', { 'class': 'differences' }, rows)].concat(tried));
  }

  // The observed record: one row per member, each value as compact JSON.
  function recordView(r) {
    if (typeof r === 'string') { try { r = JSON.parse(r); } catch (e) { return el('pre', null, [r]); } }
    if (!isObj(r)) return el('pre', null, [JSON.stringify(r)]);
    return el('table', { 'class': 'record-fields' }, Object.keys(r).map(function (k) {
      return el('tr', { 'data-field': k }, [el('th', null, [k]), el('td', null, [el('code', null, [JSON.stringify(r[k])])])]);
    }));
  }

  function stepSection(step, index) {
    var title = [el('span', { 'class': 'num' }, [String(step.step)]), ' ', el('span', { 'class': 'action' }, [step.action || '(record)'])];
    if (step.location) title.push(' ', el('span', { 'class': 'loc' }, [step.location]));
    if (step.hidden) title.push(' ', el('span', { 'class': 'badge hidden-step' }, ['unlogged']));
    if (step.record_number) title.push(' ', el('span', { 'class': 'badge' }, ['record ' + step.record_number]));
    if (step.failing) title.push(' ', el('span', { 'class': 'badge failing' }, ['failing']));
    var body = [el('h2', null, title)];
    if (step.has_state !== false) {
      var previous = index > 0 && steps[index - 1].has_state !== false ? steps[index - 1] : null;
      body.push(el('table', { 'class': 'vars' }, variableNames(step).map(function (n) { return varRow(step, previous, n); })));
    }
    if (watches.length) {
      body.push(el('table', { 'class': 'watches' }, watches.map(function (w, i) {
        var v = step.watches ? step.watches[i] : (w.values || [])[index];
        var err = w.errors && w.errors[index];
        return el('tr', { 'data-watch': i }, [el('th', null, [el('code', null, [w.expr])]),
          el('td', null, [el('code', { 'class': v === null || v === undefined ? 'none' : '' }, [v === null || v === undefined ? (err || '\u2014') : v])])]);
      })));
    }
    if (step.failing && step.has_state === false) {
      body.push(el('div', { 'class': 'record' }, [el('h3', null, ['The failing record' +
        (step.record_line ? ' (line ' + step.record_line + (step.record_file ? ' of ' + step.record_file : '') + ')' : '')]),
        recordView(step.record !== undefined ? step.record : violation.record)]));
    }
    if (step.failing) body.push(diagnosisSection(step.diagnosis || violation.diagnosis));
    if (step.failing) body.push(refinementSection(violation.refinement));
    return el('section', { 'class': 'step' + (step.failing ? ' failing' : ''), 'data-step': step.step, id: 'step-' + step.step,
                           tabindex: '-1' }, body);
  }

  function watchTimeline() {
    if (!watches.length) return null;
    var head = el('tr', null, [el('th', null, ['watch'])].concat(steps.map(function (s) {
      return el('th', { 'class': s.failing ? 'failing' : '' }, [el('a', { href: '#step-' + s.step }, [String(s.step)])]);
    })));
    return el('table', { id: 'watch-timeline' }, [head].concat(watches.map(function (w, i) {
      var prev;
      return el('tr', { 'data-watch': i }, [el('th', null, [el('code', null, [w.expr])])].concat((w.values || []).map(function (v, j) {
        var changed = j > 0 && v !== prev;
        prev = v;
        return el('td', { 'class': changed ? 'changed' : '' }, [v === null || v === undefined ? '\u2014' : v]);
      })));
    })));
  }

  function header() {
    var what = data.result !== 'violation' ? data.result || 'result' :
               violation.kind === 'trace' ? 'the trace diverges from the spec at record ' + violation.step :
               (violation.kind || 'violation') + (violation.name ? ' ' + violation.name : '') + ' violated';
    var lines = [el('h1', null, ['tlatrace: ', what])];
    var src = [data.spec, data.config, data.trace].filter(Boolean).join(' \u00b7 ');
    if (src) lines.push(el('div', { 'class': 'source' }, [src]));
    if (violation.message) lines.push(el('p', { 'class': 'message' }, [violation.message]));
    (violation.details || []).forEach(function (d) { lines.push(el('p', { 'class': 'detail' }, [d])); });
    lines.push(el('p', { 'class': 'help' }, ['j/k or \u2193/\u2191: next/previous step \u00b7 f: failing step \u00b7 ',
      'c: changed variables only \u00b7 e: expand/collapse values']));
    return el('header', null, lines);
  }

  app.appendChild(header());
  var timeline = watchTimeline();
  if (timeline) app.appendChild(timeline);
  var main = el('main', { id: 'steps' }, steps.map(stepSection));
  app.appendChild(main);
  if (!steps.length) main.appendChild(el('p', { 'class': 'empty' }, ['No counterexample: ' + (data.result || 'no result') + '.']));

  // Keyboard navigation.
  var sections = Array.prototype.slice.call(main.querySelectorAll('section.step'));
  var current = -1;
  function select(i) {
    if (!sections.length) return;
    i = Math.max(0, Math.min(sections.length - 1, i));
    if (current >= 0) { sections[current].classList.remove('current'); sections[current].removeAttribute('aria-current'); }
    current = i;
    sections[i].classList.add('current');
    sections[i].setAttribute('aria-current', 'step');
    sections[i].focus({ preventScroll: true });
    sections[i].scrollIntoView({ block: 'nearest' });
  }
  sections.forEach(function (s, i) { s.addEventListener('click', function () { if (current !== i) select(i); }); });
  var failing = sections.findIndex(function (s) { return s.classList.contains('failing'); });
  document.addEventListener('keydown', function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var k = ev.key;
    if (k === 'j' || k === 'ArrowDown') select(current + 1);
    else if (k === 'k' || k === 'ArrowUp') select(current - 1);
    else if (k === 'Home') select(0);
    else if (k === 'End') select(sections.length - 1);
    else if (k === 'f' && failing >= 0) select(failing);
    else if (k === 'c') document.body.classList.toggle('changed-only');
    else if (k === 'e') {
      var all = document.querySelectorAll('details.tree');
      var open = !Array.prototype.some.call(all, function (d) { return d.open; });
      Array.prototype.forEach.call(all, function (d) { d.open = open; });
    } else return;
    ev.preventDefault();
  });
  var fromHash = sections.findIndex(function (s) { return '#' + s.id === location.hash; });
  if (fromHash >= 0) select(fromHash); else if (sections.length) {
    current = 0;
    sections[0].classList.add('current');
  }
  document.body.setAttribute('data-ready', '1');
})();
)JS";

}  // namespace tlatrace::inspect
