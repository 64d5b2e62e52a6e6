// Renders a ConformanceMatrix as one self-contained HTML page (pure): inline style and script, the data
// embedded, nothing loaded from anywhere (a Content-Security-Policy forbids it), so it works from file://.
import type { PageData } from './html-client.js';
import { clientScript } from './html-client.js';
import { STATUS_FILTERS } from './html-filter.js';
import { STYLE } from './html-style.js';
import { runtimeGroups, suiteLabel, TARGET_PROFILE, type CellStatus, type ConformanceMatrix, type MatrixCell, type MatrixColumn, type MatrixRow } from './model.js';

/** Relative prefixes from the HTML file to SPEC.md and to the repository root. */
export interface HtmlLinks {
  spec: string;
  source: string;
}

const DOC_URL = 'https://nodejs.org/api/cluster.html';
const API_URL = 'https://nodejs.org/api/';
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";
const SYMBOL: Record<CellStatus, string> = { pass: '✓', fail: '✗', skip: '–', unavailable: 'n/a' };
const TARGET_LABEL: Record<string, string> = { 'node:cluster': 'built-in', reference: 'reference', 'reference-node': 'reference (Node mode)' };
const rowProfiles = (row: MatrixRow) => row.profiles ?? ['doc'];
/** Tooltips stay readable; the panel shows the whole message. */
const TITLE_LIMIT = 1500;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ENTITIES[c] ?? c);
}

/** JSON that cannot end its `<script>` element early or break as JavaScript source. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Escapes the text and shows its `code` spans (SPEC.md requirements are written in markdown). */
function inlineCode(text: string): string {
  const parts = text.split('`');
  if (parts.length % 2 === 0) return escapeHtml(text);
  return parts.map((part, i) => (i % 2 === 1 ? `<code>${escapeHtml(part)}</code>` : escapeHtml(part))).join('');
}

const targetLabel = (column: MatrixColumn) => TARGET_LABEL[column.target] ?? column.target;
const columnLabel = (column: MatrixColumn) => `${column.runtimeLabel} / ${targetLabel(column)}`;

function summaryTable(matrix: ConformanceMatrix): string {
  const rows = matrix.columns.map((column) => {
    const head = `<td>${escapeHtml(columnLabel(column))}</td>`;
    if (!column.available) return `<tr data-column="${escapeHtml(column.id)}">${head}<td class="na" colspan="7">not available: ${escapeHtml(column.reason ?? 'no results')}</td></tr>`;
    const known = matrix.rows.filter((r) => r.cells[column.id]?.finding !== undefined).length;
    const { passed, failed, skipped, total, durationMs } = column.summary;
    const failedText = known > 0 ? `${failed} (${known} known)` : `${failed}`;
    const score = (profile: 'doc' | 'node') => {
      const s = column.scores?.[profile];
      const text = s ? `${s.passed}/${s.total}` : '—';
      return TARGET_PROFILE[column.target] === profile ? `<strong>${text}</strong>` : text;
    };
    const cells = [score('doc'), score('node'), passed, failedText, skipped, total, `${(durationMs / 1000).toFixed(1)} s`].map((v) => `<td>${v}</td>`).join('');
    return `<tr data-column="${escapeHtml(column.id)}">${head}${cells}</tr>`;
  });
  const head = '<tr><th scope="col">Run</th><th scope="col" title="clauses passed of the cluster page\'s (doc profile)">Doc profile</th><th scope="col" title="clauses passed of what Node does (node profile)">Node profile</th><th scope="col">Passed</th><th scope="col">Failed</th><th scope="col">Skipped</th><th scope="col">Clauses</th><th scope="col">Time (all runs)</th></tr>';
  return `<table class="summary"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}

function gridHead(columns: MatrixColumn[]): string {
  const groups = runtimeGroups(columns).map(({ columns: group, representative }) => {
    const { runtimeLabel, available } = representative;
    return `<th scope="colgroup" colspan="${group.length}">${escapeHtml(runtimeLabel + (available ? '' : ' (not available)'))}</th>`;
  });
  const targets = columns.map((c) => {
    const title = c.available ? columnLabel(c) : `${columnLabel(c)}: not available: ${c.reason ?? 'no results'}`;
    return `<th scope="col" data-column="${escapeHtml(c.id)}" title="${escapeHtml(title)}"${c.available ? '' : ' class="na"'}>${targetLabel(c)}</th>`;
  });
  return `<thead><tr><th class="corner" rowspan="2" scope="col">Clause</th>${groups.join('')}</tr><tr>${targets.join('')}</tr></thead>`;
}

/**
 * A known failure (with its Finding) is drawn hatched, apart from new failures; a cell of a clause outside the run's
 * gated profile (the reference following the page, on a clause only Node's behaviour has) is drawn faded.
 */
function cell(column: MatrixColumn, row: MatrixRow, value: MatrixCell = { status: 'skip' }): string {
  const { status, message } = value;
  const finding = status === 'fail' ? value.finding : undefined;
  const known = finding === undefined ? '' : ` data-finding="${escapeHtml(finding)}"`;
  const outside = column.target !== 'node:cluster' && !rowProfiles(row).includes(TARGET_PROFILE[column.target]);
  const classes = `s-${status}${finding === undefined ? '' : ' known'}${outside ? ' outside' : ''}`;
  const attrs = `class="${classes}" data-status="${status}" data-column="${escapeHtml(column.id)}"${known}${value.intermittent ? ' data-intermittent="true"' : ''}${outside ? ' data-outside="true"' : ''}`;
  const intermittent = status === 'fail' && value.intermittent === true;
  const content = `${SYMBOL[status]}${finding === undefined ? '' : `<span class="finding">${escapeHtml(finding)}</span>`}${intermittent ? '<span class="intermittent">~</span>' : ''}`;
  const heading = `${columnLabel(column)}: ${status}${finding === undefined ? '' : ` (Finding ${finding})`}${intermittent ? ' (intermittent)' : ''}${outside ? ` (outside the ${TARGET_PROFILE[column.target]} profile this run is gated on)` : ''}`;
  if (!message) return `<td ${attrs} title="${escapeHtml(heading)}">${content}</td>`;
  const short = message.length > TITLE_LIMIT ? `${message.slice(0, TITLE_LIMIT)}… (click for the full message)` : message;
  return `<td ${attrs}><button type="button" class="cell" aria-controls="details" title="${escapeHtml(`${heading}\n${short}`)}">${content}</button></td>`;
}

/** The clause's section on the cluster page, or for the Node tier the other doc pages it cites and its source. */
function docLinks(row: MatrixRow): string {
  if (row.tier !== 'node') return `<a class="doc" href="${escapeHtml(`${DOC_URL}#${row.docAnchor}`)}">doc</a>`;
  const source = row.source;
  const pages = (source?.docs ?? []).map((anchor) => `<a class="doc" href="${escapeHtml(API_URL + anchor)}">${escapeHtml(anchor.split('#')[0].replace('.html', ''))}</a>`);
  const notes = [source?.observed ? 'observed' : '', source?.since ?? '', source?.finding ?? '', ...(source?.replaces ?? []).map((id) => `replaces ${id}`)].filter(Boolean);
  return pages.join('') + (notes.length ? `<span class="source">${escapeHtml(notes.join(' · '))}</span>` : '');
}

function clauseRow(row: MatrixRow, columns: MatrixColumn[], links: HtmlLinks): string {
  const tests = row.tests
    .map((t) => `<li><a href="${escapeHtml(`${links.source}${encodeURI(t.file)}#L${t.line}`)}">${escapeHtml(t.name)}</a></li>`)
    .join('');
  const testList = row.tests.length === 0 ? '' : `<details class="tests"><summary>${row.tests.length} test${row.tests.length === 1 ? '' : 's'}</summary><ul>${tests}</ul></details>`;
  const head =
    `<th scope="row"><a class="clause-id" href="${escapeHtml(`${links.spec}#L${row.specLine}`)}" title="SPEC.md line ${row.specLine}">${escapeHtml(row.clause)}</a>` +
    `<span class="kind">${escapeHtml(row.kind)}</span><span class="profiles">${escapeHtml(rowProfiles(row).join(' · ') || 'no profile')}</span>${docLinks(row)}${testList}` +
    `<div class="req" title="${escapeHtml(row.requirement)}">${inlineCode(row.requirement)}</div></th>`;
  const cells = columns.map((c) => cell(c, row, row.cells[c.id])).join('');
  return `<tr data-clause="${escapeHtml(row.clause)}" data-section="${escapeHtml(row.section)}" data-profiles="${escapeHtml(rowProfiles(row).join(' '))}">${head}${cells}</tr>`;
}

function gridBody(matrix: ConformanceMatrix, links: HtmlLinks): string {
  const width = matrix.columns.length + 1;
  const titles = new Map(matrix.sections.map((s) => [s.slug, s]));
  const out: string[] = [];
  let previous: string | undefined;
  for (const row of matrix.rows) {
    if (row.section !== previous) {
      const title = titles.get(row.section)?.title ?? row.section;
      out.push(`<tr class="section-head" data-section-head="${escapeHtml(row.section)}"><th colspan="${width}" scope="colgroup"><span class="title">${inlineCode(title)}<span class="slug">${escapeHtml(row.section)}</span></span></th></tr>`);
      previous = row.section;
    }
    out.push(clauseRow(row, matrix.columns, links));
  }
  return `<tbody>${out.join('')}</tbody>`;
}

function controls(matrix: ConformanceMatrix): string {
  const sections = matrix.sections.map((s) => `<option value="${escapeHtml(s.slug)}">${escapeHtml(`${s.slug} — ${s.title}`)}</option>`);
  const statuses = STATUS_FILTERS.map(([key, label]) => `<option value="${key}">${escapeHtml(label)}</option>`);
  const total = matrix.rows.length;
  return (
    '<div class="controls">' +
    `<label>Section <select id="section-filter"><option value="all">all sections</option>${sections.join('')}</select></label>` +
    '<label>Profile <select id="profile-filter"><option value="all">both profiles</option><option value="doc">doc: the cluster page</option><option value="node">node: what Node does</option></select></label>' +
    `<label>Status <select id="status-filter">${statuses.join('')}</select></label>` +
    '<label>Search <input id="search" type="search" placeholder="clause ID or requirement text"></label>' +
    `<output id="shown-count" aria-live="polite">${total} of ${total} clauses shown</output></div>`
  );
}

const LEGEND =
  '<ul class="legend" aria-label="Legend">' +
  '<li><span class="s-pass">✓</span>pass</li><li><span class="s-fail">✗</span>fail</li>' +
  '<li><span class="s-fail known">✗ F-nn</span>known failure (a Finding of SPEC.md)</li>' +
  '<li><span class="s-fail">✗<span class="intermittent">~</span></span>failed in some of the repeated runs only</li>' +
  '<li><span class="s-fail outside">✗</span>outside the profile the run is gated on (the reference following the page, on a clause where Node does otherwise; or in its Node mode, on the page\'s wording)</li>' +
  '<li><span class="s-skip">–</span>skipped</li><li><span class="s-unavailable">n/a</span>run not available</li>' +
  '<li>Click a cell for its message.</li></ul>';

function pageData(matrix: ConformanceMatrix): PageData {
  return {
    columns: matrix.columns.map((c) => ({ id: c.id, label: columnLabel(c) })),
    rows: matrix.rows.map((row) => ({
      clause: row.clause,
      section: row.section,
      profiles: rowProfiles(row),
      search: `${row.clause} ${row.requirement}`.toLowerCase(),
      cells: matrix.columns.map((c) => ({ target: c.target, ...(row.cells[c.id] ?? { status: 'skip' }) })),
    })),
  };
}

export function renderHtml(matrix: ConformanceMatrix, links: HtmlLinks): string {
  const runtimes = runtimeGroups(matrix.columns)
    .map((group) => group.representative)
    .map((c) => `${escapeHtml(c.runtime)}: ${escapeHtml(c.available ? c.runtimeLabel : `not available (${c.reason ?? 'no results'})`)}`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>node:cluster conformance matrix</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>node:cluster conformance matrix</h1>
<p class="meta">Generated <time datetime="${escapeHtml(matrix.generatedAt)}">${escapeHtml(matrix.generatedAt)}</time> on ${escapeHtml(matrix.machine)} by <code>${escapeHtml(matrix.command)}</code></p>
<p class="meta">Suite: ${escapeHtml(suiteLabel(matrix))}. Runtimes: ${runtimes.join('; ')}. Clauses from <a href="${escapeHtml(links.spec)}">SPEC.md</a>; documentation: <a href="${DOC_URL}">${DOC_URL}</a>.</p>
</header>
<h2>Summary</h2>
${summaryTable(matrix)}
<h2>Clauses</h2>
${controls(matrix)}
${LEGEND}
<table class="grid">${gridHead(matrix.columns)}${gridBody(matrix, links)}</table>
<section id="details" hidden tabindex="-1" aria-labelledby="details-title"><header><h3 id="details-title"></h3><button type="button" id="details-close">Close</button></header><pre id="details-message"></pre></section>
<script type="application/json" id="matrix-data">${jsonForScript(pageData(matrix))}</script>
<script>${clientScript()}</script>
</body>
</html>
`;
}
