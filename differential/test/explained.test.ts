// The Findings table (pure): each pattern explains what its Finding shows, and nothing unrelated.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import type { Difference } from '../compare.js';
import { EXPLANATIONS, explainByFinding } from '../explained.js';
import type { Program } from '../program.js';

const program: Program = { steps: [{ op: 'fork', env: 'none' }, { op: 'wait', slot: 0, for: 'ready' }, { op: 'disconnect', slot: 0 }] };
const state = (field: string, expected: unknown, actual: unknown, extra: Partial<Difference> = {}): Difference => ({ kind: 'state', where: 'x', slot: 0, field, expected, actual, ...extra });

t.test('each Finding explains its own sign', async (tt) => {
  const settings = { args: [], exec: '<script>', execArgv: [], silent: false };
  tt.equal(explainByFinding({ kind: 'settings', where: 'x', expected: { step: 0, settings }, actual: { step: 0, settings: { ...settings, serialization: false, windowsHide: false } } }, program), 'F-01');
  tt.equal(explainByFinding(state('snap.ead', true, undefined), program), 'F-07');
  tt.equal(explainByFinding(state('snap.ead', false, undefined), program), 'F-18');
  tt.equal(explainByFinding(state('snap.connected', true, false, { what: 'kill' }), program), 'F-17');
  tt.equal(explainByFinding(state('snap.connected', true, false, { what: 'destroy' }), program), 'F-17', 'destroy() is the documented alias of kill()');
  tt.equal(explainByFinding(state('snap.connected', true, false, { what: 'disconnect' }), program), undefined);
  const early: Program = { steps: [program.steps[0], { op: 'processDisconnect', slot: 0 }] };
  const exitOf = (code: number) => ({ src: 'worker', name: 'exit', args: [code, null] });
  tt.equal(explainByFinding({ kind: 'exit', where: 'x', slot: 0, expected: exitOf(1), actual: exitOf(0) }, early), 'F-20');
  tt.equal(explainByFinding({ kind: 'exit', where: 'x', slot: 0, expected: exitOf(1), actual: exitOf(0) }, { steps: [...program.steps.slice(0, 2), { op: 'processDisconnect', slot: 0 }] }), undefined, 'closed once the worker was known to be up');
  const unixTwice: Program = { steps: [...program.steps.slice(0, 2), { op: 'listen', slot: 0, kind: 'unix-a' }, { op: 'listen', slot: 0, kind: 'unix-a' }] };
  tt.equal(explainByFinding({ kind: 'worker', where: 'x', slot: 0, expected: { kind: 'ack', error: 'EADDRINUSE' }, actual: { kind: 'ack', address: '<dir>/a.sock' } }, unixTwice), 'F-14');
  const disconnectAll: Program = { steps: [program.steps[0], { op: 'clusterDisconnect' }, { op: 'waitClusterDisconnect' }] };
  tt.equal(explainByFinding({ kind: 'outcome', where: 'x', what: 'callback', expected: { exitsBefore: [] }, actual: { exitsBefore: ['worker:exit'] } }, disconnectAll), 'F-19');
  tt.equal(explainByFinding(state('snap.listed', false, true, { history: ['cluster:fork', 'call:disconnect'] }), program), 'F-15');
  const twice: Program = { steps: [...program.steps.slice(0, 2), { op: 'listen', slot: 0, kind: 'tcp4' }, { op: 'listen', slot: 0, kind: 'tcp4' }] };
  const event = (port: string) => ({ src: 'worker', name: 'listening', args: [{ port }] });
  tt.equal(explainByFinding({ kind: 'event', where: 'x', slot: 0, expected: event('P2'), actual: event('P1') }, twice), 'F-14');
  const killed: Program = { steps: [...program.steps.slice(0, 2), { op: 'workerKill', slot: 0, signal: 'SIGHUP' }] };
  tt.equal(explainByFinding({ kind: 'exit', where: 'x', slot: 0, expected: { args: [0, null] }, actual: { args: [null, 'SIGHUP'] } }, killed), 'F-16');
});

t.test('unrelated differences stay unexplained', async (tt) => {
  const settings = { args: [], exec: '<script>' };
  tt.equal(explainByFinding({ kind: 'settings', where: 'x', expected: { settings }, actual: { settings: { ...settings, silent: true } } }, program), undefined, 'another key');
  tt.equal(explainByFinding(state('snap.ead', false, true), program), undefined, 'false where the target says true');
  tt.equal(explainByFinding(state('snap.listed', false, true, { history: ['cluster:fork'] }), program), undefined, 'no disconnect() called');
  tt.equal(explainByFinding(state('snap.connected', true, false, { what: 'disconnect' }), program), undefined, 'not after kill()');
  tt.equal(explainByFinding({ kind: 'event', where: 'x', slot: 0, expected: { name: 'listening', args: [{ port: 'P2' }] }, actual: { name: 'listening', args: [{ port: 'P1' }] } }, program), undefined, 'one listen only');
  tt.equal(explainByFinding({ kind: 'exit', where: 'x', slot: 0, expected: { args: [0, null] }, actual: { args: [1, null] } }, program), undefined, 'no kill() in the worker');
  tt.equal(explainByFinding({ kind: 'outcome', where: 'x', what: 'callback', expected: { error: null }, actual: { error: 'EPIPE' } }, program), undefined, "a send's callback");
});

t.test('every Finding the table cites is in SPEC.md', async (tt) => {
  const spec = readFileSync(fileURLToPath(new URL('../../../SPEC.md', import.meta.url)), 'utf8');
  for (const { finding, node } of EXPLANATIONS) {
    tt.match(spec, new RegExp(`^### ${finding} — `, 'm'), finding);
    tt.ok(node.length > 0, `${finding} says what Node does`);
  }
});
