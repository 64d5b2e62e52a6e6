// Reporters are pure: a fixed report in, text out. JSON follows the documented
// schema, JUnit is well-formed XML with the right counts, TAP and markdown hold
// every result; awkward characters in messages survive.
import t from 'tap';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { REPORTERS } from '../reporters/index.js';
import { buildReport, type Report, type Result } from '../results.js';
import { reportViolations } from '../report-schema.js';

const AWKWARD = 'quote " apostrophe \' <tag> & ampersand ]]> | pipe # hash\nsecond line \u0001 control ü 🚀';
const results: Result[] = [
  { clause: 'worker.kill-01', test: 'kill defaults', status: 'pass', durationMs: 12, message: '1 assertion held', profiles: ['doc', 'node'] },
  { clause: 'worker.kill-02', test: 'kill <signal>', status: 'fail', durationMs: 30, message: AWKWARD, profiles: ['doc', 'node'] },
  { clause: 'cluster.settings-07', test: 'defaults', status: 'xfail', durationMs: 5, message: 'expected failure: F-01\nobserved undefined', profiles: ['doc', 'node'] },
  { clause: 'cluster.settings-17', test: 'defaults', status: 'xpass', durationMs: 5, message: 'unexpected pass', profiles: ['doc', 'node'] },
  { clause: 'how-12', test: 'listen fd', status: 'skip', durationMs: 0, message: 'skipped: reason (F-09)', profiles: ['doc', 'node'] },
];
const report: Report = buildReport({ suite: { version: '0.1.0', spec: '0123456789ab' }, target: 'node:cluster', runtime: { name: 'node', version: '20.20.2', path: '/usr/bin/node' }, profile: 'doc' }, results, 1234, []);

t.test('json follows the documented schema and round-trips every field', async (t) => {
  const parsed = JSON.parse(REPORTERS.json(report));
  t.same(reportViolations(parsed), []);
  t.same(parsed.results, results);
  t.same(parsed.summary, { total: 5, passed: 1, failed: 1, skipped: 1, expectedFailures: 1, unexpectedPasses: 1, durationMs: 1234 });
});

t.test('the schema validator rejects what the schema forbids', async (t) => {
  t.not(reportViolations({ ...report, results: [{ ...results[0], status: 'ok' }] }).length, 0, 'unknown status');
  t.not(reportViolations({ ...report, summary: { ...report.summary, total: 9 } }).length, 0, 'total mismatch');
  t.not(reportViolations({ ...report, runtime: { name: 'node' } }).length, 0, 'runtime fields');
});

t.test('junit is well-formed XML: one suite per section, one case per result, failures and skips counted', async (t) => {
  const xml = REPORTERS.junit(report);
  t.equal(XMLValidator.validate(xml), true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(xml);
  const suites = doc.testsuites.testsuite as { name: string; tests: string; failures: string; skipped: string; testcase: { name: string; failure?: unknown; skipped?: unknown }[] }[];
  t.same(suites.map((s) => s.name), ['worker.kill', 'cluster.settings', 'how']);
  t.same(suites.map((s) => s.testcase.length), [2, 2, 1]);
  t.equal(doc.testsuites.tests, '5');
  t.equal(doc.testsuites.failures, '2', 'fail and xpass');
  t.equal(doc.testsuites.skipped, '2', 'skip and xfail');
  const failure = suites[0].testcase[1].failure as { '#text': string };
  t.match(failure['#text'], /<tag> & ampersand \]\]>/, 'escaped text reads back unchanged');
  t.notMatch(xml, /\u0001/, 'characters XML cannot hold are dropped');
});

t.test('tap has a plan and one point per result; fail and xpass are not ok, xfail is TODO, skip is SKIP', async (t) => {
  const lines = REPORTERS.tap(report).split('\n');
  t.ok(lines.includes('TAP version 14'));
  t.ok(lines.includes('1..5'));
  const points = lines.filter((line) => /^(not )?ok \d+ /.test(line));
  t.equal(points.length, 5);
  t.match(points[0], /^ok 1 - worker\.kill-01/);
  t.match(points[1], /^not ok 2 - worker\.kill-02/);
  t.match(points[2], /^ok 3 - cluster\.settings-07 .*# TODO/);
  t.match(points[3], /^not ok 4 - cluster\.settings-17/);
  t.match(points[4], /^ok 5 - how-12 .*# SKIP/);
  t.notMatch(points.join('\n'), /\n(?!(not )?ok)/, 'no message line breaks a test point line');
});

t.test('markdown has a table per section, pipes escaped, one row per result', async (t) => {
  const text = REPORTERS.markdown(report);
  t.equal(text.match(/^## /gm)?.length, 3);
  t.equal(text.match(/^\| (worker|cluster|how)[^|]*-\d\d \|/gm)?.length, 5);
  t.match(text, /\\\| pipe/);
});

t.test('spec lists failing results with their message and a summary line', async (t) => {
  const text = REPORTERS.spec(report);
  t.match(text, /worker\.kill-02 FAIL/);
  t.match(text, /<tag> & ampersand/);
  t.match(text, /5 results: 1 passed, 1 failed, 1 skipped, 1 expected failures, 1 unexpected passes/);
});

t.test('every reporter names the suite version and the SPEC version, and the shard of a shard run', async (t) => {
  const sharded: Report = { ...report, shard: { index: 2, count: 4 } };
  for (const [name, render] of Object.entries(REPORTERS)) {
    const text = render(sharded);
    t.match(text, /0\.1\.0/, `${name}: suite version`);
    t.match(text, /0123456789ab/, `${name}: SPEC version`);
    t.match(text, /2\/4|"index": 2,\s+"count": 4/, `${name}: shard`);
    t.notMatch(render(report), /shard/, `${name}: no shard in a whole run's report`);
  }
  t.same(JSON.parse(REPORTERS.json(sharded)).suite, { version: '0.1.0', spec: '0123456789ab' });
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'property'].includes(name) }).parse(REPORTERS.junit(sharded));
  for (const suite of doc.testsuites.testsuite as { properties: { property: { name: string; value: string }[] } }[]) {
    t.same(Object.fromEntries(suite.properties.property.map((p) => [p.name, p.value])), { 'cluster-conformance.version': '0.1.0', 'cluster-conformance.spec': '0123456789ab', target: 'node:cluster', runtime: 'node 20.20.2', shard: '2/4', profile: 'doc', 'score.doc.passed': '2', 'score.doc.total': '4', 'score.node.passed': '2', 'score.node.total': '4' });
  }
});
