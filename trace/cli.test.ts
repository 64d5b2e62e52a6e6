// Runs the built CLI on fixture trees, with a timeout on every run.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { sampleSpec } from './spec-fixture.js';

const cli = fileURLToPath(new URL('./cli.js', import.meta.url));

function trace(root: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [cli, '--root', root, ...args], { encoding: 'utf8', timeout: 20_000, killSignal: 'SIGKILL' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const tagSource = "check({ name: 'kills', clauses: ['worker.kill-01'] }, f);\n";

t.test('default run prints the matrix and passes with untested clauses; --strict fails', async (t) => {
  const root = t.testdir({ 'SPEC.md': sampleSpec() });
  const plain = trace(root);
  t.equal(plain.code, 0, plain.stderr);
  t.match(plain.stdout, /worker\.kill\(\[signal\]\)  \[worker\.kill, cluster\.html#workerkillsignal\]/);
  t.match(plain.stdout, /worker\.kill-01 +UNTESTED/);
  t.match(plain.stdout, /clauses: 4 \(normative 2, informative 1, platform 1, retired 0\)/);
  t.match(plain.stdout, /normative: 0 covered, 2 uncovered/);
  const strict = trace(root, '--strict');
  t.equal(strict.code, 1);
  t.match(strict.stderr, /SPEC\.md:9: normative clause worker\.kill-01 has no test/);
});

t.test('a stale Tests column fails until --write rewrites it', async (t) => {
  const root = t.testdir({ 'SPEC.md': sampleSpec(), 'spec-tests': { 'k.test.ts': tagSource, 'k.test.d.ts': tagSource } });
  const stale = trace(root);
  t.equal(stale.code, 1);
  t.match(stale.stderr, /SPEC\.md:9: Tests column of worker\.kill-01 is stale/);
  t.equal(trace(root, '--write').code, 0);
  t.match(readFileSync(join(root, 'SPEC.md'), 'utf8'), '| spec-tests/k.test.ts › kills |');
  const clean = trace(root, '--strict');
  t.equal(clean.code, 1, 'worker.kill-02 is still untested');
  t.notMatch(clean.stderr, /Tests column of/);
  t.equal(trace(root).code, 0);
});

t.test('unknown clause, duplicate ID and bad usage give one-line errors', async (t) => {
  const root = t.testdir({
    'SPEC.md': sampleSpec(['| worker.kill-02 | normative | Twice. | — |']),
    'load-tests': { 'l.ts': "run({ name: 'load', clauses: ['how-99'] });\n" },
  });
  const bad = trace(root);
  t.equal(bad.code, 1);
  t.match(bad.stderr, /^load-tests\/l\.ts:1: test "load" cites unknown clause how-99$/m);
  t.match(bad.stderr, /SPEC\.md:12: duplicate clause ID worker\.kill-02 \(first at line 10\)$/m);
  t.match(bad.stderr, /trace: 2 problem\(s\)/);
  t.equal(trace(root, '--frobnicate').code, 2);
  const missing = trace(root, '--spec', join(root, 'nope.md'));
  t.equal(missing.code, 2);
  t.match(missing.stderr, /cannot read spec/);
});

t.test('--json prints parseable JSON', async (t) => {
  const root = t.testdir({ 'SPEC.md': sampleSpec() });
  writeFileSync(join(root, 'other.md'), sampleSpec());
  const run = trace(root, '--json', '--spec', join(root, 'other.md'));
  t.equal(run.code, 0);
  t.equal(JSON.parse(run.stdout).clauses.length, 4);
});
