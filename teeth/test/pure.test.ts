// The pure parts of npm run teeth: headers, the corpus against SPEC.md, the catch decision, selection,
// merging runs, TEETH.md and the options.
import t from 'tap';
import { sectionOf, type Result, type Status } from '../../runner/results.js';
import type { Clause, Kind } from '../../trace/types.js';
import { catchKind, judgeClause, newlyFailing } from '../catch.js';
import { checkCorpus, uncovered, type Corpus, type PlantedModule } from '../corpus.js';
import { parseHeader } from '../header.js';
import { computeTotals, mergeRun, refresh, staleModules, type ModuleResult, type RunInfo } from '../model.js';
import { parseTeethOptions } from '../options.js';
import { duration, renderTeeth } from '../render.js';
import { clausesOf, evenlySpaced, quickOnes, selectOnly } from '../select.js';

function clause(id: string, kind: Kind = 'normative'): Clause {
  const slug = sectionOf(id);
  return { id, kind, requirement: '', line: 1, section: { slug, title: `Title of ${slug}`, anchor: slug, tier: slug.startsWith('node.') ? 'node' : 'doc', line: 1 }, tests: { start: 0, end: 0, text: '' } };
}

function planted(file: string, breaks: string[], extra: Partial<PlantedModule> = {}): PlantedModule {
  return { file: `teeth/planted/${file}`, digest: 'd', breaks, does: `breaks ${breaks.join(', ')}`, touches: [], base: 'node:cluster', profile: 'doc', ...extra };
}

function result(clause: string, test: string, status: Status, message = `${clause}: what: expected 1, observed 2`): Result {
  return { clause, test, status, durationMs: 1, message };
}

const HEADER = `// breaks: worker.kill-01
// does: kill() sends SIGKILL
const { nodeCluster } = require('../lib/plant.cjs');
module.exports = nodeCluster();
`;

t.test('a header gives breaks, does, touches, base and profile, with defaults', async (t) => {
  t.same(parseHeader(HEADER), { header: { breaks: ['worker.kill-01'], does: 'kill() sends SIGKILL', touches: [], base: 'node:cluster', profile: 'doc' }, problems: [] });
  const full = `// breaks: worker.kill-03, worker.kill-04\n// does: x\n// touches: worker.kill-05 worker.kill-06\n// base: reference\n// profile: node\nreference();\n`;
  t.same(parseHeader(full).header, { breaks: ['worker.kill-03', 'worker.kill-04'], does: 'x', touches: ['worker.kill-05', 'worker.kill-06'], base: 'reference', profile: 'node' });
  t.same(parseHeader('// does: x\n// breaks: a-01\n\n// base: whatever, after the header\n').header?.base, 'node:cluster', 'the header ends at the first line that is not a comment');
});

t.test('a malformed header is refused with every reason', async (t) => {
  const problems = (text: string) => parseHeader(text).problems.join('\n');
  t.match(problems('const x = 1;\n'), /no "\/\/ breaks: <clause ID>" line[\s\S]*no "\/\/ does:/);
  t.match(problems('// breaks: worker.kill-01\n// does: x\n// note: free text\n'), /line 3: expected "\/\/ <breaks\|does\|touches\|base\|profile>: <value>"/);
  t.match(problems('// breaks: worker.kill-01\n// breaks: worker.kill-02\n// does: x\n'), /line 2: "breaks" is given twice/);
  t.match(problems('// breaks: Worker.kill-1\n// does: x\n'), /"Worker\.kill-1" is not a clause ID/);
  t.match(problems('// breaks: worker.kill-01\n// does: x\n// touches: worker.kill-01\n'), /worker\.kill-01 is both broken and touched/);
  t.match(problems('// breaks: worker.kill-01\n// does: x\n// base: bun\n'), /"base" must be one of node:cluster, reference, found "bun"/);
  t.match(problems('// breaks: worker.kill-01\n// does: x\n// profile: deno\n'), /"profile" must be one of doc, node/);
  t.match(problems('// breaks: worker.kill-01\n// does: x\n// base: reference\nnodeCluster();\n'), /declares "base: reference" but does not load reference\(\)/);
  t.match(problems('// breaks: worker.kill-01\n// does: x\nreference();\n'), /loads reference\(\) without declaring "base: reference"/);
  t.equal(parseHeader('// breaks: worker.kill-01\n').header, undefined, 'no header when anything is wrong');
});

t.test('the corpus is checked against SPEC.md', async (t) => {
  const clauses = [clause('worker.kill-01'), clause('worker.kill-02'), clause('worker.kill-03', 'informative'), clause('node.fork-01')];
  const corpus: Corpus = {
    modules: [
      planted('a.cjs', ['worker.kill-01'], { touches: ['worker.kill-09'] }),
      planted('b.cjs', ['worker.kill-03']),
      planted('c.cjs', ['worker.kill-77']),
      planted('d.cjs', ['node.fork-01']),
      planted('e.cjs', ['node.fork-01'], { profile: 'node' }),
    ],
    reasons: [
      { clause: 'worker.kill-01', reason: 'this one has a module as well, so no reason' },
      { clause: 'worker.kill-03', reason: 'informative clauses need no reason at all' },
      { clause: 'worker.kill-02', reason: 'too short' },
      { clause: 'worker.kill-02', reason: 'given twice, which is a mistake of its own' },
    ],
  };
  t.same(checkCorpus(corpus, clauses), [
    'teeth/planted/a.cjs: touches worker.kill-09, which is not a clause of SPEC.md',
    'teeth/planted/b.cjs: breaks worker.kill-03, which is informative, not normative',
    'teeth/planted/c.cjs: breaks worker.kill-77, which is not a clause of SPEC.md',
    'teeth/planted/d.cjs: breaks node.fork-01 of the Node tier without "// profile: node"',
    'teeth/unbreakable.json: worker.kill-01 has a reason but also a planted module',
    'teeth/unbreakable.json: worker.kill-03 is not a normative clause of SPEC.md',
    'teeth/unbreakable.json: worker.kill-03 has a reason but also a planted module',
    'teeth/unbreakable.json: worker.kill-02: the reason must say why (at least 20 characters)',
    'teeth/unbreakable.json: worker.kill-02 is given twice',
  ]);
  t.same(checkCorpus({ modules: [planted('a.cjs', ['worker.kill-01'])], reasons: [{ clause: 'worker.kill-02', reason: 'cannot be broken without breaking every fixture' }] }, clauses), []);
  t.same(
    uncovered({ modules: [planted('a.cjs', ['worker.kill-01'])], reasons: [] }, clauses).map((c) => c.id),
    ['worker.kill-02', 'node.fork-01'],
    'normative clauses with neither a module nor a reason',
  );
});

t.test('a clause is caught when one of its tests fails on the module and passes on the base', async (t) => {
  const baseline = [result('c-01', 'T1', 'pass'), result('c-01', 'T2', 'fail'), result('c-02', 'T3', 'fail')];
  t.same(judgeClause('c-01', [result('c-01', 'T1', 'fail', 'c-01: x: expected 1, observed 2\nmore')], baseline), {
    clause: 'c-01',
    outcome: 'caught',
    caughtBy: [{ test: 'T1', kind: 'assertion', message: 'c-01: x: expected 1, observed 2' }],
  });
  const onlyKnown = judgeClause('c-01', [result('c-01', 'T1', 'pass'), result('c-01', 'T2', 'fail')], baseline);
  t.equal(onlyKnown.outcome, 'missed', 'a test that fails on the base already catches nothing');
  t.equal(onlyKnown.note, 'every test of the clause passed');
  t.equal(judgeClause('c-01', [], baseline).note, 'no test of the clause ran');
  t.equal(judgeClause('c-02', [result('c-02', 'T3', 'fail')], baseline).outcome, 'not-catchable', 'every test of the clause fails on the base');
  t.match(judgeClause('c-03', [result('c-03', 'T4', 'skip')], [result('c-03', 'T4', 'skip')]), { outcome: 'not-catchable', note: /the base skips the clause/ });
  t.same(judgeClause('c-01', undefined, baseline, 'the run did not finish in 300 s'), { clause: 'c-01', outcome: 'error', caughtBy: [], note: 'the run did not finish in 300 s' });
  t.equal(judgeClause('c-01', [result('c-01', 'T1', 'xfail')], [result('c-01', 'T1', 'xpass')]).outcome, 'caught', 'xfail counts as failing, xpass as passing');
});

t.test('the kind of a catch is read from the runner wording', async (t) => {
  t.equal(catchKind("c-01: signal in 'exit': expected 'SIGTERM', observed 'SIGKILL'"), 'assertion');
  t.equal(catchKind('c-01: check timed out after 20000 ms'), 'timeout');
  t.equal(catchKind('c-01: fixture kill timed out after 20000 ms'), 'timeout');
  t.equal(catchKind('c-01: fixture kill was stopped (check timed out)'), 'timeout');
  t.equal(catchKind('c-01: fixture lifecycle exited with code 1 without reporting done'), 'crash');
  t.equal(catchKind('c-01: fixture lifecycle was killed by SIGABRT'), 'crash');
  t.equal(catchKind('c-01: no assertion (declared by the check but never asserted)'), 'crash');
});

t.test('newlyFailing lists clauses failing on the module whose same test passes on the base', async (t) => {
  const baseline = [result('a-01', 'T1', 'pass'), result('b-01', 'T2', 'fail'), result('c-01', 'T3', 'pass'), result('c-01', 'T4', 'pass')];
  const run = [result('c-01', 'T3', 'fail'), result('a-01', 'T1', 'fail'), result('b-01', 'T2', 'fail'), result('c-01', 'T4', 'fail'), result('d-01', 'T5', 'fail')];
  t.same(newlyFailing(run, baseline), ['c-01', 'a-01']);
});

t.test('selection: --only, evenly spaced samples, quick modules, the clauses to run', async (t) => {
  const modules = [planted('worker.kill-01.cjs', ['worker.kill-01'], { touches: ['worker.kill-05'] }), planted('worker.kill-02.cjs', ['worker.kill-02']), planted('cluster.isPrimary-01.cjs', ['cluster.isPrimary-01'])];
  t.same(selectOnly(modules, []).length, 3);
  t.same(selectOnly(modules, ['worker.kill']).map((m) => m.breaks[0]), ['worker.kill-01', 'worker.kill-02'], 'a section');
  t.same(selectOnly(modules, ['worker.kill-02', 'cluster.isPrimary-01.cjs']).map((m) => m.breaks[0]), ['worker.kill-02', 'cluster.isPrimary-01'], 'a clause and a file name');
  t.same(selectOnly(modules, ['teeth/planted/worker.kill-01']).map((m) => m.breaks[0]), ['worker.kill-01'], 'a path without .cjs');
  t.throws(() => selectOnly(modules, ['worker.kill-05', 'nothing']), /--only: no planted module breaks or is named worker\.kill-05, nothing/, 'a touched clause does not select');
  t.same(evenlySpaced([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3), [2, 6, 9]);
  t.same(evenlySpaced([1, 2], 5), [1, 2]);
  t.same(evenlySpaced([1, 2, 3], 0), []);
  const earlier = [
    { file: modules[0].file, durationMs: 25_000, kinds: ['timeout' as const], caught: true },
    { file: modules[1].file, durationMs: 900, kinds: ['assertion' as const], caught: true },
  ];
  t.same(quickOnes(modules, earlier, 10_000).map((m) => m.file), [modules[1].file, modules[2].file], 'slow or timeout-only ones stay out; unknown ones are in');
  t.same(clausesOf(modules.slice(0, 2)), ['worker.kill-01', 'worker.kill-05', 'worker.kill-02']);
});

const RUN: RunInfo = { generatedAt: '2026-12-01 02:00 UTC', command: 'npm run teeth', durationMs: 65_000, runtime: 'node 20.20.2', machine: 'Linux x64, 2 cores', modules: 2, baselines: [] };

function judged(module: PlantedModule, outcome: 'caught' | 'missed', extra: Partial<ModuleResult> = {}): ModuleResult {
  const caughtBy = outcome === 'caught' ? [{ test: 'the | test', kind: 'assertion' as const, message: 'm' }] : [];
  return { ...module, ranAt: RUN.generatedAt, durationMs: 1000, verdicts: module.breaks.map((c) => ({ clause: c, outcome, caughtBy, ...(outcome === 'missed' ? { note: 'every test of the clause passed' } : {}) })), touched: [], ...extra };
}

t.test('a full run replaces the results; a partial one replaces its modules and keeps the rest of the corpus', async (t) => {
  const a = planted('a.cjs', ['worker.kill-01']);
  const b = planted('b.cjs', ['worker.kill-02']);
  const gone = planted('gone.cjs', ['worker.kill-01']);
  const corpus: Corpus = { modules: [a, b], reasons: [] };
  const previous = { lastFullRun: RUN, updates: [], modules: [judged(a, 'missed'), judged(b, 'caught'), judged(gone, 'caught')] };
  const update = { ...RUN, command: 'npm run teeth -- --only a.cjs', modules: 1 };
  const merged = mergeRun(previous, { info: update, modules: [judged(a, 'caught')], full: false }, corpus);
  t.same(merged.lastFullRun, RUN);
  t.same(merged.updates, [update]);
  t.same(merged.modules.map((m) => [m.file, m.verdicts[0].outcome]), [[a.file, 'caught'], [b.file, 'caught']]);
  const full = mergeRun(merged, { info: RUN, modules: [judged(b, 'missed')], full: true }, corpus);
  t.same([full.lastFullRun, full.updates, full.modules.map((m) => m.file)], [RUN, [], [b.file]]);
  t.same(mergeRun(undefined, { info: update, modules: [], full: false }, corpus), { lastFullRun: undefined, updates: [update], modules: [] });
  t.same(staleModules(full, { modules: [a, { ...b, digest: 'other' }], reasons: [] }), [`${a.file}: not run yet`, `${b.file}: changed since its run`]);
  t.same(staleModules(merged, { modules: [b], reasons: [] }), [`${a.file}: no longer in the corpus`]);
});

t.test('totals and TEETH.md', async (t) => {
  const spec = { clauses: ['worker.kill-01', 'worker.kill-02', 'worker.kill-03', 'cluster.isPrimary-01', 'cluster.isPrimary-02'].map((id) => clause(id)), sections: [] as Clause['section'][] };
  spec.sections = [...new Map(spec.clauses.map((c) => [c.section.slug, c.section])).values()];
  const a = judged(planted('a.cjs', ['worker.kill-01'], { touches: ['worker.kill-02'] }), 'caught', {
    touched: [{ clause: 'worker.kill-02', outcome: 'caught', caughtBy: [] }],
    fullSuite: { durationMs: 30_000, newlyFailing: ['worker.kill-01', 'worker.kill-02', 'cluster.isPrimary-02'] },
  });
  const b = judged(planted('b.cjs', ['worker.kill-03'], { base: 'reference' }), 'missed');
  const results = refresh({ lastFullRun: RUN, updates: [], modules: [a, b] }, spec, [{ clause: 'cluster.isPrimary-01', reason: 'false in the primary sends every fixture down the wrong branch' }]);
  t.same(results.totals, { normative: 5, planted: 2, withReason: 1, uncovered: 2, modules: 2, violations: 2, caught: 1, missed: 1, notCatchable: 0, errors: 0 });
  t.same(computeTotals(results), results.totals);
  const md = renderTeeth(results);
  t.match(md, '| last full run | 2026-12-01 02:00 UTC, node 20.20.2, Linux x64, 2 cores: `npm run teeth`, 2 modules in 1 min 05 s |');
  t.match(md, '| caught | 1 (50 %) |');
  t.match(md, '| worker.kill-01 | [a.cjs](teeth/planted/a.cjs) | breaks worker.kill-01<br>*also fails: worker.kill-02* | caught | the \\| test |');
  t.match(md, '| worker.kill-03 | [b.cjs](teeth/planted/b.cjs) (base: reference) | breaks worker.kill-03 | **MISSED** | every test of the clause passed |');
  t.match(md, '| worker.kill-02 | — | *to do* | — | — |');
  t.match(md, '| cluster.isPrimary-01 | — | *cannot be broken alone:* false in the primary sends every fixture down the wrong branch | — | — |');
  t.match(md, '| [a.cjs](teeth/planted/a.cjs) | worker.kill-01 | worker.kill-01, worker.kill-02, cluster.isPrimary-02 | cluster.isPrimary-02 |');
  t.match(md, '- `worker.kill`: worker.kill-02\n- `cluster.isPrimary`: cluster.isPrimary-02\n');
  t.match(renderTeeth(results, '../'), '[a.cjs](../teeth/planted/a.cjs)', 'links relative to where TEETH.md is written');
  t.ok(md.endsWith('\n') && !md.endsWith('\n\n'), 'one final newline');
  t.equal(duration(59_400), '59 s');
  t.equal(duration(600_000), '10 min 00 s');
});

t.test('options', async (t) => {
  t.match(parseTeethOptions([]), { only: [], sample: undefined, full: 3, jobs: 2, timeoutMs: 20_000, renderOnly: false });
  t.match(parseTeethOptions(['--only', 'worker.kill,cluster.isPrimary-01', '--only', 'a.cjs']), { only: ['worker.kill', 'cluster.isPrimary-01', 'a.cjs'], full: 0 });
  t.match(parseTeethOptions(['--sample', '3', '--out', '/tmp/x']), { sample: 3, full: 0, out: '/tmp/x' });
  t.match(parseTeethOptions(['--only', 'a', '--full', '1', '--parallel', '4', '--runtime', '/opt/node24']), { full: 1, parallel: 4, runtime: '/opt/node24' });
  t.throws(() => parseTeethOptions(['--sample', '2', '--only', 'a']), /--sample picks its own modules/);
  t.throws(() => parseTeethOptions(['--jobs', '0']), /--jobs expects an integer ≥ 1, got "0"/);
  t.throws(() => parseTeethOptions(['--bogus']), /Unknown option '--bogus'.*\(see --help\)/);
});
