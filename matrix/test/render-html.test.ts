// The HTML renderer on the sample matrix, as text: structure, escaping, self-containment, links; and the
// page's filter functions, which are pure.
import { Script } from 'node:vm';
import t from 'tap';
import { DEFAULT_FILTER, formatHash, parseHash, rowMatches, STATUS_FILTERS, type FilterRow } from '../html-filter.js';
import { escapeHtml, jsonForScript, renderHtml } from '../render-html.js';
import { HOSTILE_MESSAGE, LONG_MESSAGE, sampleMatrix } from './sample-matrix.js';

const matrix = sampleMatrix();
const html = renderHtml(matrix, { spec: '../SPEC.md', source: '../' });

/** Every start tag: all `<` in text are escaped, so each raw `<` opens real markup. */
const tags = [...html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)].map(([, name, attrs]) => ({ name: name!.toLowerCase(), attrs: attrs! }));
const attr = (attrs: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];
const unescape = (text: string) => text.replace(/&(lt|gt|quot|#39|#96|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#96': '`', amp: '&' })[e]!);
const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attrs, body]) => ({ attrs: attrs!, body: body! }));
const pageData = () => JSON.parse(scripts.find((s) => s.attrs.includes('id="matrix-data"'))!.body);

t.test('every clause is a row and every run a column, with a cell for each pair', async (t) => {
  const rows = tags.filter((tag) => tag.name === 'tr' && attr(tag.attrs, 'data-clause') !== undefined);
  t.same(rows.map((r) => attr(r.attrs, 'data-clause')), matrix.rows.map((r) => r.clause));
  t.same(rows.map((r) => attr(r.attrs, 'data-section')), matrix.rows.map((r) => r.section));
  const heads = tags.filter((tag) => tag.name === 'th' && attr(tag.attrs, 'data-column') !== undefined);
  t.same(heads.map((h) => attr(h.attrs, 'data-column')), matrix.columns.map((c) => c.id));
  const cells = tags.filter((tag) => tag.name === 'td' && attr(tag.attrs, 'data-status') !== undefined);
  const expected = matrix.rows.flatMap((r) => matrix.columns.map((c) => `${c.id}=${r.cells[c.id]!.status}`));
  t.same(cells.map((c) => `${attr(c.attrs, 'data-column')}=${attr(c.attrs, 'data-status')}`), expected);
  t.match(html, `${matrix.rows.length} of ${matrix.rows.length} clauses shown`);
  t.match(html, /<th scope="colgroup" colspan="2">Bun 1\.4\.5<\/th>/, 'columns grouped by runtime');
  t.match(html, /data-column="bun\/node:cluster"[^>]*>built-in<\/th>/, 'target sub-header');
});

t.test('messages and requirements stay text: no markup from data, the JSON cannot close its script', async (t) => {
  t.notMatch(html, '<img', 'no element from a message');
  t.equal(scripts.length, 2, 'only the data and the page script');
  t.equal(html.split('</script>').length, 3, 'no early </script>');
  const titles = tags.map((tag) => attr(tag.attrs, 'title')).filter((v) => v !== undefined).map((v) => unescape(v!));
  t.ok(titles.some((v) => v.endsWith(HOSTILE_MESSAGE)), 'the whole hostile message is in a title');
  t.ok(titles.some((v) => v.includes('(click for the full message)') && v.length < LONG_MESSAGE.length), 'long tooltips are cut');
  const cells = pageData().rows.flatMap((r: { cells: { message?: string }[] }) => r.cells.map((c) => c.message));
  t.ok(cells.includes(HOSTILE_MESSAGE), 'the embedded JSON round-trips the hostile message');
  t.ok(cells.includes(LONG_MESSAGE), 'and the long message, whole');
  t.match(html, 'a &quot;quoted&quot; &amp; &lt;tagged&gt; edge case');
  t.match(html, 'Settings <code>exec</code> &lt; <code>args</code> &amp; <code>silent</code>');
  t.equal(escapeHtml('<a href="x">\'&`'), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#96;');
  t.equal(jsonForScript({ m: '</script>\u2028' }), '{"m":"\\u003c/script>\\u2028"}');
  t.doesNotThrow(() => new Script(scripts[1]!.body), 'the page script parses');
});

t.test('nothing is loaded from anywhere: no external scripts, styles, images or fonts', async (t) => {
  t.same(tags.filter((tag) => ['link', 'img', 'iframe', 'object', 'embed', 'base'].includes(tag.name)), []);
  const names = tags.map((tag) => tag.attrs.replace(/"[^"]*"/g, '""'));
  t.same(names.filter((a) => /\ssrc=/.test(a)), [], 'no src attribute at all');
  t.notMatch(html, /url\(|@import/, 'no resources from CSS');
  const external = tags.map((tag) => attr(tag.attrs, 'href')).filter((h) => h !== undefined && /^[a-z]+:/i.test(h));
  t.ok(external.length > 0);
  t.same(external.filter((h) => !h!.startsWith('https://nodejs.org/api/cluster.html')), [], 'only links to the Node.js docs');
  t.match(html, `<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
});

t.test('clauses link to their SPEC.md line, their doc section and their tests', async (t) => {
  for (const row of matrix.rows) {
    t.match(html, `href="../SPEC.md#L${row.specLine}" title="SPEC.md line ${row.specLine}">${row.clause}</a>`);
    t.match(html, `href="https://nodejs.org/api/cluster.html#${row.docAnchor}">doc</a>`);
  }
  t.match(html, '<a href="../spec-tests/sample.test.ts#L10">how-01 behaves as documented</a>');
  t.match(html, '<a href="../property-tests/sample%20prop.test.ts#L5">how-01 &lt;edge&gt; &amp; &quot;quotes&quot;</a>');
  const other = renderHtml(matrix, { spec: 'SPEC.md', source: '' });
  t.match(other, 'href="SPEC.md#L40"');
  t.match(other, 'href="spec-tests/sample.test.ts#L10"');
});

t.test('an unavailable run shows its reason; a known failure shows its Finding', async (t) => {
  t.match(html, /<tr data-column="deno\/node:cluster"><td>deno \/ built-in<\/td><td class="na" colspan="7">not available: deno not found in \.cache\/runtimes/);
  t.match(html, 'Runtimes: node20: Node 20.20.2; bun: Bun 1.4.5; deno: not available (deno not found');
  t.match(html, /colspan="2">deno \(not available\)<\/th>/);
  t.match(html, /<td class="s-fail known" data-status="fail" data-column="node20\/node:cluster" data-finding="F-01">[^<]*<button[^>]*>✗<span class="finding">F-01<\/span>/);
  t.match(html, /<tr data-column="node20\/node:cluster"><td>Node 20\.20\.2 \/ built-in<\/td><td><strong>—<\/strong><\/td><td>—<\/td><td>7<\/td><td>1 \(1 known\)<\/td><td>1<\/td><td>9<\/td><td>12\.3 s<\/td><\/tr>/);
});

t.test('a failure seen in some repeated runs only is marked intermittent', async (t) => {
  const flaky = sampleMatrix();
  const row = flaky.rows[0];
  row.cells['bun/node:cluster'] = { status: 'fail', message: 'test: intermittent: failed in 1 of 3 runs\nobserved exit first', intermittent: true };
  const page = renderHtml(flaky, { spec: '../SPEC.md', source: '../' });
  t.match(page, /<td class="s-fail" data-status="fail" data-column="bun\/node:cluster" data-intermittent="true"><button[^>]*title="[^"]*: fail \(intermittent\)[^"]*">✗<span class="intermittent">~<\/span>/);
  t.notMatch(html, /data-intermittent/, 'no mark where no cell is intermittent');
});

t.test('status filters', async (t) => {
  const row = (cells: FilterRow['cells'], profiles = ['doc', 'node']): FilterRow => ({ section: 'worker.kill', profiles, search: 'worker.kill-01 sends sigterm', cells });
  const pass = { status: 'pass', target: 'node:cluster' };
  const known = { status: 'fail', target: 'node:cluster', finding: 'F-01' };
  const newFail = { status: 'fail', target: 'reference' };
  const na = { status: 'unavailable', target: 'reference' };
  const skip = { status: 'skip', target: 'reference' };
  const cases: [FilterRow['cells'], string[]][] = [
    [[pass, na], ['any', 'all-pass', 'unavailable']],
    [[known, pass], ['any', 'fail', 'fail-builtin']],
    [[pass, newFail], ['any', 'fail', 'fail-reference', 'fail-new']],
    [[pass, skip], ['any', 'skip']],
    [[na, na], ['any', 'unavailable']],
  ];
  for (const [cells, matching] of cases) {
    const got = STATUS_FILTERS.map(([key]) => key).filter((status) => rowMatches(row(cells), { ...DEFAULT_FILTER, status }));
    t.same(got, matching, cells.map((c) => c.status).join(','));
  }
  t.notOk(rowMatches(row([pass]), { ...DEFAULT_FILTER, section: 'cluster.fork' }));
  t.ok(rowMatches(row([pass]), { ...DEFAULT_FILTER, q: '  SIGTERM   kill-01 ' }), 'words in any order, any case');
  t.notOk(rowMatches(row([pass]), { ...DEFAULT_FILTER, q: 'sigterm sigkill' }));
  t.ok(rowMatches(row([pass], ['node']), { ...DEFAULT_FILTER, profile: 'node' }), 'a Node-tier clause in the node profile');
  t.notOk(rowMatches(row([pass], ['node']), { ...DEFAULT_FILTER, profile: 'doc' }), 'not in the doc profile');
  t.ok(rowMatches(row([pass], ['doc']), { ...DEFAULT_FILTER, profile: 'all' }));
});

t.test('the URL hash holds the filter', async (t) => {
  t.equal(formatHash(DEFAULT_FILTER), '');
  t.same(parseHash(''), DEFAULT_FILTER);
  t.same(parseHash('#'), DEFAULT_FILTER);
  const filter = { section: 'worker.kill', profile: 'node', status: 'fail-new', q: 'a&b #c = "d"' };
  t.same(parseHash(formatHash(filter)), filter);
  t.equal(formatHash({ ...DEFAULT_FILTER, status: 'fail' }), '#status=fail');
  t.same(parseHash('#status=&bogus=1'), DEFAULT_FILTER, 'empty or unknown keys take defaults');
});
