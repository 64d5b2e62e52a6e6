// `merge` (pure): the merged report of complete, comparable shards holds every result once, in SPEC
// order, with a summary counted again; anything not comparable is refused with a one-line reason.
import t from 'tap';
import { mergeReports, type MergeInput } from '../merge.js';
import { reportViolations } from '../report-schema.js';
import { buildReport, type Report, type Result } from '../results.js';
import { UsageError } from '../usage-error.js';

const SUITE = { version: '0.1.0', spec: 'aaaaaaaaaaaa' };
const ORDER = ['how-01', 'worker.kill-01', 'worker.kill-02', 'cluster.settings-07'];

function result(clause: string, test: string, status: Result['status'] = 'pass'): Result {
  return { clause, test, status, durationMs: 10, message: status === 'pass' ? '1 assertion held' : 'observed something else', profiles: ['doc', 'node'] };
}

function shard(index: number, count: number, results: Result[], durationMs = 1000): Report {
  return buildReport({ suite: SUITE, target: 'node:cluster', runtime: { name: 'node', version: '20.20.2', path: `/machine-${index}/node` }, profile: 'doc', shard: { index, count } }, results, durationMs, []);
}

const inputs = (...reports: unknown[]): MergeInput[] => reports.map((data, i) => ({ file: `shard-${i + 1}.json`, data: JSON.parse(JSON.stringify(data)) }));

function inSpecOrderOf(results: Result[]): Result[] {
  return [...results].sort((x, y) => ORDER.indexOf(x.clause) - ORDER.indexOf(y.clause));
}

const one = shard(1, 2, [result('cluster.settings-07', 'defaults', 'xfail'), result('worker.kill-01', 'kill')]);
const two = shard(2, 2, [result('how-01', 'fork'), result('worker.kill-02', 'kill signal', 'fail')], 2500);

t.test('complete shards merge into one report: every result once, SPEC order, summary recounted, no shard', async (t) => {
  const merged = mergeReports(inputs(one, two), SUITE, ORDER);
  t.same(reportViolations(merged), []);
  t.same(merged.results.map((r) => r.clause), ORDER);
  t.same(merged.summary, { total: 4, passed: 2, failed: 1, skipped: 0, expectedFailures: 1, unexpectedPasses: 0, durationMs: 3500 });
  t.equal(merged.shard, undefined, 'the merged report is not a shard');
  t.same([merged.suite, merged.target, merged.runtime], [SUITE, 'node:cluster', one.runtime]);
  t.same(mergeReports(inputs(two, one), SUITE, ORDER).results, merged.results, 'the order of the files does not matter');
});

t.test('reports without a shard (e.g. runs of different --clause) merge too; one report is re-rendered as is', async (t) => {
  const { shard: _a, ...a } = one;
  const { shard: _b, ...b } = two;
  t.equal(mergeReports(inputs(a, b), SUITE, ORDER).summary.total, 4);
  t.same(mergeReports(inputs(a), SUITE, ORDER).results, inSpecOrderOf(a.results));
});

t.test('header fields other than suite, target and runtime must agree too (fields added later)', async (t) => {
  const withProfile = (report: Report, profile: string) => ({ ...report, profile });
  t.equal(mergeReports(inputs(withProfile(one, 'doc'), withProfile(two, 'doc')), SUITE, ORDER).summary.total, 4);
  t.throws(() => mergeReports(inputs(withProfile(one, 'doc'), withProfile(two, 'node')), SUITE, ORDER), /shard-2\.json has profile "node", shard-1\.json has "doc"/);
  const { profile: _, ...noProfile } = two;
  t.throws(() => mergeReports(inputs(withProfile(one, 'doc'), noProfile), SUITE, ORDER), /shard-2\.json is not a JSON report of cluster-conformance \(profile is not doc or node\)/);
  t.throws(() => mergeReports(inputs(withProfile(one, 'doc'), { ...two, flavour: 'x' }), SUITE, ORDER), /shard-2\.json has flavour "x", shard-1\.json has none|flavour/);
});

t.test('refusals: one line each, naming the files and what differs', async (t) => {
  const cases: [string, unknown[], RegExp][] = [
    ['another suite version', [{ ...one, suite: { ...SUITE, version: '0.2.0' } }, { ...two, suite: { ...SUITE, version: '0.2.0' } }], /shard-1\.json comes from cluster-conformance 0\.2\.0 \(SPEC\.md aaaaaaaaaaaa\), this is cluster-conformance 0\.1\.0/],
    ['suite versions that differ', [one, { ...two, suite: { ...SUITE, version: '0.2.0' } }], /shard-2\.json has suite version 0\.2\.0, shard-1\.json has 0\.1\.0/],
    ['SPEC versions that differ', [one, { ...two, suite: { ...SUITE, spec: 'bbbbbbbbbbbb' } }], /has SPEC version bbbbbbbbbbbb, shard-1\.json has aaaaaaaaaaaa/],
    ['targets that differ', [one, { ...two, target: 'reference' }], /has target reference, shard-1\.json has node:cluster/],
    ['runtime versions that differ', [one, { ...two, runtime: { ...two.runtime, version: '22.1.0' } }], /has runtime node 22\.1\.0, shard-1\.json has node 20\.20\.2/],
    ['runtime names that differ', [one, { ...two, runtime: { ...two.runtime, name: 'bun' } }], /has runtime bun 20\.20\.2/],
    ['a missing shard', [one], /shard 2\/2 missing/],
    ['two missing shards', [shard(2, 3, [])], /shards 1\/3, 3\/3 missing/],
    ['the same shard twice', [one, one], /shard-2\.json and shard-1\.json are both shard 1\/2/],
    ['shards of different splits', [one, shard(2, 3, [])], /shard-2\.json is shard 2\/3, shard-1\.json is one of 2/],
    ['a whole run with a shard', [one, { ...two, shard: undefined }], /shard-2\.json is a whole run, shard-1\.json is shard 1\/2/],
    ['a result in two reports', [one, shard(2, 2, [result('worker.kill-01', 'kill')])], /worker\.kill-01 "kill" is in both shard-1\.json and shard-2\.json/],
    ['not a report', [{ results: [] }], /shard-1\.json is not a JSON report of cluster-conformance \(suite needs string version and spec\)/],
    ['a result with an unknown status', [{ ...one, results: [{ ...one.results[0], status: 'ok' }] }], /results\[0\]\.status is not one of/],
    ['no reports', [], /no reports to merge/],
  ];
  for (const [what, reports, reason] of cases) {
    t.throws(() => mergeReports(inputs(...reports), SUITE, ORDER), UsageError, what);
    try {
      mergeReports(inputs(...reports), SUITE, ORDER);
    } catch (error) {
      t.match((error as Error).message, reason, what);
      t.notMatch((error as Error).message, /\n/, `${what}: one line`);
    }
  }
});

t.test('the runtime path may differ between machines; the merged report keeps the first', async (t) => {
  t.equal(mergeReports(inputs(one, two), SUITE, ORDER).runtime.path, '/machine-1/node');
});
