// Programs as standalone scripts (pure rendering; one real run of a rendered script on node:cluster).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import t from 'tap';
import { parseObservations } from '../../runner/observations.js';
import { normalizeTrace } from '../normalize.js';
import { renderScript, stepSource } from '../render-script.js';
import { programScript } from '../run-program.js';
import type { Program, Step } from '../program.js';

t.test('each step is one statement calling the cluster API as a reader would', async (tt) => {
  const cases: [Step, string][] = [
    [{ op: 'setupPrimary', settings: 'silent' }, 'await p.setup(0, () => cluster.setupPrimary({ silent: true }));'],
    [{ op: 'fork', env: 'var' }, "await p.fork(0, () => cluster.fork({ DT_VAR: 'set' }));"],
    [{ op: 'send', slot: 1, message: { $undefined: true }, handle: 'none' }, "await p.send(0, 1, 'none', false, (w, handle, done) => w.send(undefined, done));"],
    [{ op: 'send', slot: 0, message: { cmd: 'NODE_X' }, handle: 'none' }, `await p.send(0, 0, 'none', false, (w, handle, done) => w.send({"cmd":"NODE_X"}, done));`],
    [{ op: 'send', slot: 0, message: 'a', handle: 'socket' }, `await p.send(0, 0, 'socket', true, (w, handle, done) => w.send("a", handle, done));`],
    [{ op: 'kill', slot: 2 }, "await p.act(0, 2, 'kill', (w) => w.kill());"],
    [{ op: 'kill', slot: 0, signal: 'SIGINT' }, "await p.act(0, 0, 'kill', (w) => w.kill('SIGINT'));"],
    [{ op: 'processKill', slot: 0, signal: 'SIGHUP' }, "await p.act(0, 0, 'processKill', (w) => w.process.kill('SIGHUP'));"],
    [{ op: 'clusterDisconnect' }, 'await p.clusterDisconnect(0, (done) => cluster.disconnect(done));'],
    [{ op: 'listen', slot: 0, kind: 'unix-a' }, `await p.command(0, 0, { op: 'listen', kind: "unix-a" });`],
    [{ op: 'workerSend', slot: 0, message: null, via: 'worker' }, `await p.command(0, 0, { op: 'workerSend', message: null, via: "worker" });`],
    [{ op: 'wait', slot: 1, for: 'exit' }, "await p.wait(0, 1, 'exit');"],
  ];
  for (const [step, source] of cases) tt.equal(stepSource(step, 0), source, step.op);
  const script = renderScript({ policy: 'none', steps: [{ op: 'fork', env: 'none' }] }, 'exports.x = 1;\n//# sourceMappingURL=x.map\n', { notes: ['found by X'] });
  tt.match(script, /^\/\/ found by X$/m);
  tt.match(script, /await p\.fork\(0, \(\) => cluster\.fork\(\)\); \/\/ fork\(\)\n  await p\.end\(\);/);
  tt.match(script, /runtime\.startPrimary\(cluster, 'none'\)/);
  tt.notMatch(script, /sourceMappingURL/);
});

t.test('a rendered script runs with plain node and reports what happened', async (tt) => {
  const program: Program = { steps: [{ op: 'fork', env: 'none' }, { op: 'wait', slot: 0, for: 'ready' }, { op: 'workerExit', slot: 0, code: 7 }, { op: 'wait', slot: 0, for: 'exit' }] };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cc-render-test-'));
  try {
    const file = path.join(dir, 'program.cjs');
    writeFileSync(file, programScript(program));
    const stdout = execFileSync(process.execPath, [file], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, NODE_OPTIONS: '' } });
    const trace = normalizeTrace(parseObservations(stdout));
    tt.equal(trace.done, true);
    tt.same(trace.slots[0].exits.map((e) => e.args), [[7, null], [7, null]]);
    tt.same(trace.waits, { 1: true, 3: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
