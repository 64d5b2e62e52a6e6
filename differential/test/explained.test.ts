// The Findings table (pure): each pattern explains what its Finding shows, and nothing unrelated.
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
  tt.equal(explainByFinding(state('snap.ead', false, undefined), program), undefined, 'false is not F-07');
  tt.equal(explainByFinding(state('snap.listed', false, true, { history: ['cluster:fork'] }), program), undefined, 'no disconnect() called');
  tt.equal(explainByFinding({ kind: 'event', where: 'x', slot: 0, expected: { name: 'listening', args: [{ port: 'P2' }] }, actual: { name: 'listening', args: [{ port: 'P1' }] } }, program), undefined, 'one listen only');
  tt.equal(explainByFinding({ kind: 'exit', where: 'x', slot: 0, expected: { args: [0, null] }, actual: { args: [1, null] } }, program), undefined, 'no kill() in the worker');
  tt.ok(EXPLANATIONS.every((e) => /^F-\d\d$/.test(e.finding) && e.node.length > 0));
});
