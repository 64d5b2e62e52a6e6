// The matrix's pure parts: folding results into cells, building the model, CONFORMANCE.md, options.
import t from 'tap';
import type { Report, Result } from '../../runner/results.js';
import { UsageError } from '../../runner/usage-error.js';
import { parseSpec } from '../../trace/spec-parser.js';
import { sampleSpec, sampleSpecWithNodeTier } from '../../trace/spec-fixture.js';
import { parseMatrixOptions } from '../cli-options.js';
import { buildMatrix, foldCell, refreshMetadata, type RunOutcome } from '../model.js';
import { mergeRounds } from '../merge-rounds.js';
import { renderHtml } from '../render-html.js';
import { cellText, renderMarkdown } from '../render-markdown.js';

const spec = parseSpec(sampleSpec(), 'SPEC.md');
const ids = spec.clauses.map((c) => c.id);

function result(clause: string, status: Result['status'], message = '', test = `test of ${clause}`): Result {
  return { clause, test, status, durationMs: 5, message };
}

function report(name: string, version: string, results: Result[]): Report {
  const summary = { total: results.length, passed: 0, failed: 0, skipped: 0, expectedFailures: 0, unexpectedPasses: 0, durationMs: 1234 };
  return { suite: { version: '0.1.0', spec: '0123456789ab' }, target: 'node:cluster', runtime: { name, version, path: `/bin/${name}` }, summary, results };
}

const [kill1, kill2] = ids;
const outcomes: RunOutcome[] = [
  { runtime: 'node20', target: 'node:cluster', report: report('node', '20.1.0', [result(kill1, 'pass'), result(kill2, 'xfail', 'expected failure: known thing (F-03)\nobserved <b>|x|</b>')]) },
  { runtime: 'node20', target: 'reference', report: report('node', '20.1.0', [result(kill1, 'pass'), result(kill2, 'pass')]) },
  { runtime: 'bun', target: 'node:cluster', report: report('bun', '1.2.3', [result(kill1, 'fail', 'observed null'), result(kill2, 'fail', 'timed out')]) },
  { runtime: 'bun', target: 'reference', report: report('bun', '1.2.3', [result(kill1, 'pass'), result(kill2, 'fail', 'timed out too')]) },
  { runtime: 'deno', target: 'node:cluster', reason: 'could not be installed: npm install deno failed: ECONNREFUSED' },
  { runtime: 'deno', target: 'reference', reason: 'could not be installed: npm install deno failed: ECONNREFUSED' },
];
const tags = [{ file: 'spec-tests/kill.test.ts', line: 7, name: 'kill test', clauses: [kill1] }];
const matrix = buildMatrix({ clauses: spec.clauses, sections: spec.sections, tags, outcomes, generatedAt: 'now', machine: 'm', command: 'c' });

t.test('a cell fails when any result fails, is known only when every failure is an xfail, and skips only when all skip', async (t) => {
  t.same(foldCell([]), undefined);
  t.same(foldCell([result('a-01', 'pass'), result('a-01', 'xpass')]), { status: 'pass' });
  t.same(foldCell([result('a-01', 'skip', 'not on this OS')]), { status: 'skip', message: 'not on this OS' });
  t.equal(foldCell([result('a-01', 'pass'), result('a-01', 'skip')])?.status, 'pass');
  t.same(foldCell([result('a-01', 'xfail', 'reason (F-07)', 't1')]), { status: 'fail', message: 't1: reason (F-07)', finding: 'F-07' });
  const mixed = foldCell([result('a-01', 'xfail', 'reason (F-07)', 't1'), result('a-01', 'fail', 'new', 't2')]);
  t.same(mixed, { status: 'fail', message: 't1: reason (F-07)\nt2: new' }, 'an unexpected failure is not covered by a Finding');
});

t.test('repeated runs merge: a result failing in some runs only fails as intermittent; a run without report makes the column unavailable', async (t) => {
  const round = (kill2Status: Result['status']) => ({ runtime: 'bun', target: 'node:cluster' as const, report: report('bun', '1.2.3', [result(kill1, 'pass'), result(kill2, kill2Status, 'observed exit before disconnect')]) });
  const merged = mergeRounds([round('pass'), round('fail'), round('pass')]);
  t.same(merged.report?.results.map((r) => r.status), ['pass', 'fail']);
  t.match(merged.report?.results[1].message, /^intermittent: failed in 1 of 3 runs\nobserved exit before disconnect/);
  t.equal(merged.report?.summary.durationMs, 3 * 1234);
  t.same(foldCell(merged.report!.results.filter((r) => r.clause === kill2)), { status: 'fail', message: `test of ${kill2}: intermittent: failed in 1 of 3 runs\nobserved exit before disconnect`, intermittent: true });
  t.equal(mergeRounds([round('fail'), round('fail')]).report?.results[1].message, 'observed exit before disconnect', 'failing every time is not intermittent');
  t.same(mergeRounds([round('pass')]).report?.results, round('pass').report.results, 'one run is itself');
  const lost = mergeRounds([round('pass'), { runtime: 'bun', target: 'node:cluster', reason: 'timed out' }]);
  t.equal(lost.report, undefined);
  t.equal(lost.reason, '1 of 2 runs gave no report: timed out');
});

t.test('the model has a column per run, a row per clause with results, in SPEC order, with links', async (t) => {
  t.same(matrix.columns.map((c) => c.id), ['node20/node:cluster', 'node20/reference', 'bun/node:cluster', 'bun/reference', 'deno/node:cluster', 'deno/reference']);
  t.same(matrix.rows.map((r) => r.clause), [kill1, kill2], 'clauses without any result are left out');
  const [first] = matrix.rows;
  t.equal(first.specLine, spec.clauses[0].line);
  t.equal(first.docAnchor, spec.clauses[0].section.anchor);
  t.same(first.tests, [{ name: 'kill test', file: 'spec-tests/kill.test.ts', line: 7 }]);
  t.same(matrix.columns[0].summary, { total: 2, passed: 1, failed: 1, skipped: 0, durationMs: 1234 }, 'counts are per clause');
  t.equal(matrix.columns[0].runtimeLabel, 'Node 20.1.0');
  t.equal(matrix.rows[1].cells['node20/node:cluster'].finding, 'F-03');
  const deno = matrix.columns[4];
  t.equal(deno.available, false);
  t.match(deno.reason, /ECONNREFUSED/);
  t.equal(matrix.rows[0].cells['deno/node:cluster'].status, 'unavailable');
  t.same(matrix.sections.map((s) => s.slug), ['worker.kill']);
});

t.test('the matrix records the suite that produced the results, and both reports show it', async (t) => {
  t.same(matrix.suite, { version: '0.1.0', spec: '0123456789ab' }, "from the runs' reports");
  const links = { spec: 'SPEC.md', html: 'conformance/index.html', json: 'conformance/matrix.json' };
  t.match(renderMarkdown(matrix, links), /^- Suite: cluster-conformance 0\.1\.0 \(SPEC\.md 0123456789ab\)\.$/m);
  t.match(renderHtml(matrix, { spec: 'SPEC.md', source: './' }), /Suite: cluster-conformance 0\.1\.0 \(SPEC\.md 0123456789ab\)\./);
  const none = buildMatrix({ clauses: spec.clauses, sections: spec.sections, tags, outcomes: outcomes.filter((o) => !o.report), generatedAt: '', machine: '', command: '' });
  t.equal(none.suite, undefined, 'no run, no suite');
  t.match(renderMarkdown(none, links), /^- Suite: not recorded/m, 'an older matrix.json renders without one');
});

t.test('a clause with results in one run only has a "no result" skip in the others', async (t) => {
  const partial = buildMatrix({ ...{ clauses: spec.clauses, sections: spec.sections, tags: [], generatedAt: '', machine: '', command: '' }, outcomes: [outcomes[0], { ...outcomes[1], report: report('node', '20.1.0', [result(kill1, 'pass')]) }] });
  t.same(partial.rows[1].cells['node20/reference'], { status: 'skip', message: 'no result in this run' });
});

t.test('re-rendering brings rows up to date with SPEC.md and the tags, keeping results and dropping retired clauses', async (t) => {
  const stale = { ...matrix, rows: [{ ...matrix.rows[0], specLine: 999, tests: [] }, { ...matrix.rows[1], clause: 'worker.kill-77' }] };
  const fresh = refreshMetadata(stale, spec.clauses, tags);
  t.same(fresh.rows.map((r) => [r.clause, r.specLine, r.tests.length]), [[kill1, spec.clauses[0].line, 1]]);
  t.same(fresh.rows[0].cells, matrix.rows[0].cells);
});

t.test('CONFORMANCE.md lists, per runtime, each clause the built-in fails and what the reference does there', async (t) => {
  const md = renderMarkdown(matrix, { spec: 'SPEC.md', html: 'conformance/index.html', json: 'conformance/matrix.json' });
  t.match(md, '| Node 20.1.0 | built-in | **1/2** | 1/2 | 1 | 0 | 2 | 1 s |');
  t.match(md, '| Bun 1.2.3 | reference | **1/2** | 1/2 | 1 | 0 | 2 | 1 s |');
  t.match(md, /\| deno \| built-in \| not available: could not be installed: npm install deno failed: ECONNREFUSED/);
  t.match(md, /### Bun 1\.2\.3, doc profile\n\nThe built-in `node:cluster` fails \*\*2\*\* of 2 clauses; the reference passes 1 of them on the same runtime\.\nThe reference fails \*\*1\*\* clauses on Bun 1\.2\.3 \(1 of them fail on the built-in too\)\./);
  t.match(md, `| [${kill1}](SPEC.md#L${spec.clauses[0].line}) | test of ${kill1}: observed null | passes |`);
  t.match(md, `| [${kill2}](SPEC.md#L${spec.clauses[1].line}) | test of ${kill2}: timed out | test of ${kill2}: timed out too |`);
  t.match(md, /known \(F-03\): test of \S+: expected failure: known thing \(F-03\)<br>observed &lt;b&gt;\\\|x\\\|&lt;\/b&gt;/, 'escaped for a table cell');
  t.match(md, /### deno, doc profile\n\n- built-in: \*\*not available\*\* — could not be installed/);
  t.match(md, /### Bun 1\.2\.3, node profile\n\nThe built-in `node:cluster` fails \*\*2\*\* of 2 clauses\./, 'the node profile compares the built-in with the Node mode, which did not run here');
  t.match(md, /\| \[worker\.kill\]\(SPEC\.md#L\d+\) \| 1\/2 ✗1 · 2\/2 \| 0\/2 ✗2 · 1\/2 ✗1 \| n\/a · n\/a \|/);
  t.notMatch(md, /### Node 20\.1\.0, doc profile[^#]*\| clause \|[^#]*\| \[worker\.kill-01\]/, 'a clause passing on both is not listed');
});

t.test('cell text is shortened and cannot break the table', async (t) => {
  t.equal(cellText('a|b\nc<d>&', 100), 'a\\|b<br>c&lt;d&gt;&amp;');
  t.equal(cellText('x'.repeat(50), 10), `${'x'.repeat(9)}…`);
});

t.test('options: runtime lists and custom binaries, targets, pass-through, usage errors', async (t) => {
  const options = parseMatrixOptions(['--runtimes', 'node22,bun', '--runtimes=mine=/opt/mine', '--targets', 'reference', '--clause', 'worker.kill', '--grep', 'x', '--parallel', '3'], '/repo');
  t.same(options.runtimes, [{ name: 'node22' }, { name: 'bun' }, { name: 'mine', path: '/opt/mine' }]);
  t.same(options.targets, ['reference']);
  t.same(options.runnerArgs, ['--clause', 'worker.kill', '--grep', 'x']);
  t.equal(options.parallel, 3);
  t.equal(options.out, '/repo');
  const defaults = parseMatrixOptions([], '/repo');
  t.same(defaults.runtimes.map((r) => r.name), ['node20', 'node22', 'node24', 'node26', 'bun', 'deno']);
  t.same(defaults.targets, ['node:cluster', 'reference', 'reference-node']);
  for (const bad of [['--runtimes', 'node18'], ['--targets', 'bun:cluster'], ['--parallel', '0'], ['--bogus'], ['stray'], ['--runtimes', 'bun,bun']]) {
    t.throws(() => parseMatrixOptions(bad, '/repo'), UsageError, bad.join(' '));
  }
});

t.test('two profiles: rows carry theirs, columns are scored in both, reports compare the built-in with the reference in each mode', async (t) => {
  const tiered = parseSpec(sampleSpecWithNodeTier(), 'SPEC.md');
  const [replaced, kept] = ['worker.kill-01', 'worker.kill-02'];
  const [nodeOnly, since] = ['node.findings-01', 'node.findings-02'];
  const run = (target: RunOutcome['target'], results: Result[]): RunOutcome => ({ runtime: 'node20', target, report: report('node', '20.1.0', results) });
  const built = buildMatrix({
    clauses: tiered.clauses,
    sections: tiered.sections,
    tags,
    generatedAt: 'now',
    machine: 'm',
    command: 'c',
    outcomes: [
      run('node:cluster', [result(replaced, 'xfail', 'expected failure: x (F-16)'), result(kept, 'pass'), result(nodeOnly, 'pass'), result(since, 'skip', 'not applicable')]),
      run('reference', [result(replaced, 'pass'), result(kept, 'pass'), result(nodeOnly, 'fail', 'follows the page'), result(since, 'skip', 'not applicable')]),
      run('reference-node', [result(replaced, 'fail', 'follows Node'), result(kept, 'pass'), result(nodeOnly, 'pass'), result(since, 'skip', 'not applicable')]),
    ],
  });
  t.same(built.rows.map((r) => [r.clause, r.tier, r.profiles]), [[replaced, 'doc', ['doc']], [kept, 'doc', ['doc', 'node']], [nodeOnly, 'node', ['node']], [since, 'node', ['node']]]);
  t.same(built.rows[3].source, { docs: ['net.html#serverlistenoptions-callback'], observed: false, since: 'Node ≥ 22.12', replaces: [] });
  t.same(built.columns.map((c) => [c.target, c.scores]), [
    ['node:cluster', { doc: { passed: 1, failed: 1, total: 2 }, node: { passed: 2, failed: 0, total: 2 } }],
    ['reference', { doc: { passed: 2, failed: 0, total: 2 }, node: { passed: 1, failed: 1, total: 2 } }],
    ['reference-node', { doc: { passed: 1, failed: 1, total: 2 }, node: { passed: 2, failed: 0, total: 2 } }],
  ]);
  const md = renderMarkdown(built, { spec: 'SPEC.md', html: 'h.html', json: 'm.json' });
  t.match(md, '| Node 20.1.0 | reference, Node mode | 1/2 | **2/2** |');
  t.match(md, /### Node 20\.1\.0, doc profile\n\nThe built-in `node:cluster` fails \*\*1\*\* of 2 clauses; the reference passes 1 of them/);
  t.match(md, /### Node 20\.1\.0, node profile\n\nThe built-in `node:cluster` passes all 2 clauses it was checked on\.\nThe reference, Node mode passes all 2 clauses/);
  t.notMatch(md, /follows (the page|Node)/, "a reference run's failures outside its own profile are not listed as failures");
  const html = renderHtml(built, { spec: '../SPEC.md', source: '../' });
  t.match(html, /<tr data-clause="node\.findings-01" data-section="node\.findings" data-profiles="node">/);
  t.match(html, /<td class="s-fail outside" data-status="fail" data-column="node20\/reference"[^>]*data-outside="true"/, "the page-following reference on a Node-only clause is drawn outside its profile");
  t.match(html, /href="https:\/\/nodejs\.org\/api\/net\.html#serverlistenoptions-callback">net<\/a><span class="source">Node ≥ 22\.12<\/span>/, 'a Node-tier clause links the doc page it comes from');
  const refreshed = refreshMetadata({ ...built, columns: built.columns.map(({ scores: _, ...c }) => c) }, tiered.clauses, tags);
  t.same(refreshed.columns.map((c) => c.scores), built.columns.map((c) => c.scores), 're-rendering recomputes the scores from the cells');
});
