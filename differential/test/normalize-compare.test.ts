// Normalizing observations into traces and comparing traces (pure), on hand-made observations.
import t from 'tap';
import type { Observation } from '../../runner/observations.js';
import { compareTraces } from '../compare.js';
import { analyze } from '../model.js';
import { normalizeTrace } from '../normalize.js';
import type { Program } from '../program.js';

let seq = 0;
const o = (kind: string, data: Record<string, unknown> = {}): Observation => ({ role: 'primary', pid: 1, seq: ++seq, kind, ...data });
const snap = (extra: Record<string, unknown> = {}) => ({ listed: true, connected: true, dead: false, ead: undefined, state: 'online', ...extra });
const ev = (step: number, src: string, name: string, args: unknown[] = [], s = snap()) => o('ev', { step, sync: false, slot: 0, src, name, args, snap: s });

/** A run of `fork(); wait ready; listen tcp4; wait ack; kill()` as the runtime would report it. */
function run(port: number, options: { exitSignal?: string; ead?: unknown; dir?: string } = {}): Observation[] {
  const dir = options.dir ?? '/tmp/cc-differential-abc';
  return [
    o('start', { dir, script: `${dir}/../program.cjs`, tcpPort: 4000, udpPort: 4001 }),
    o('step', { step: 0, op: 'fork', result: { value: '<Worker>' } }),
    o('fork', { step: 0, slot: 0, workerPid: 77, id: 1 }),
    o('settings', { step: 0, settings: { exec: `${dir}/../program.cjs`, args: [] } }),
    ev(0, 'cluster', 'fork'),
    ev(0, 'worker', 'online'),
    ev(1, 'worker', 'message', [{ dt: 'ready' }, undefined]),
    o('wait', { step: 1, slot: 0, for: 'ready', ok: true }),
    ev(2, 'worker', 'listening', [{ address: '127.0.0.1', port, addressType: 4 }]),
    ev(2, 'worker', 'message', [{ dt: 'ack', step: 2, address: { port } }, undefined]),
    o('wait', { step: 3, slot: 0, for: 'ack', ok: true }),
    o('call', { step: 4, slot: 0, op: 'kill' }),
    o('step', { step: 4, op: 'kill', slot: 0, result: { value: undefined }, snap: snap({ ead: options.ead }) }),
    ev(4, 'worker', 'disconnect', [], snap({ connected: false, ead: options.ead })),
    ev(4, 'worker', 'exit', [null, options.exitSignal ?? 'SIGTERM'], snap({ connected: false, dead: true, listed: false, ead: false, state: 'dead' })),
    o('worker', { workerPid: 77, entry: { seq: 1, stream: 'in', kind: 'start', snap: { connected: true, state: 'online' } } }),
    o('worker', { workerPid: 77, entry: { seq: 2, stream: 'do', kind: 'ack', address: { port, path: `${dir}/a.sock` }, snap: { connected: true } } }),
    o('done'),
  ];
}
const program: Program = {
  steps: [{ op: 'fork', env: 'none' }, { op: 'wait', slot: 0, for: 'ready' }, { op: 'listen', slot: 0, kind: 'tcp4' }, { op: 'wait', slot: 0, for: 'ack' }, { op: 'kill', slot: 0 }],
};

t.test('normalizing: per-slot events with histories, exits apart, worker streams, symbolic ports and paths', async (tt) => {
  const trace = normalizeTrace(run(51234));
  tt.equal(trace.done, true);
  const slot = trace.slots[0];
  tt.same(slot.channel.map((e) => `${e.src}:${e.name}`), ['cluster:fork', 'worker:online', 'worker:message', 'worker:listening', 'worker:message', 'worker:disconnect']);
  tt.same(slot.exits.map((e) => e.args), [[null, 'SIGTERM']]);
  tt.same(slot.channel[3].args, [{ address: '127.0.0.1', port: 'P1', addressType: 4 }], 'the first port met is P1');
  tt.same(slot.channel[5].history.slice(-1), ['call:kill'], "the primary's call is part of the history");
  tt.equal(slot.channel[0].step, 0, "'fork' keeps its step; other events do not");
  tt.equal(slot.channel[1].step, undefined);
  tt.notOk('state' in (slot.exits[0].snap as object), 'worker.state is not compared');
  tt.same(slot.worker.do[0].face, { kind: 'ack', address: { port: 'P1', path: '<dir>/a.sock' } });
  tt.same(slot.worker.do[0].history, ['start']);
  tt.same(trace.settings[0].settings, { exec: '<script>', args: [] });
  tt.same(trace.steps[4].before, ['cluster:fork', 'worker:online', 'worker:message', 'worker:listening', 'worker:message', 'call:kill']);
  tt.same(normalizeTrace(run(1)).slots, normalizeTrace(run(2, { dir: '/tmp/other' })).slots, 'other ports and directories give the same trace');
  const crashed = normalizeTrace(run(1).filter((x) => x.kind !== 'done'), 'exit code 1');
  tt.same([crashed.done, crashed.problem], [false, 'exit code 1']);
});

t.test('comparing: the same run is the same; a different exit, state or event is a difference saying where', async (tt) => {
  const analysis = analyze(program);
  tt.same(compareTraces(normalizeTrace(run(1)), normalizeTrace(run(2)), analysis), []);
  const exit = compareTraces(normalizeTrace(run(1)), normalizeTrace(run(1, { exitSignal: 'SIGKILL' })), analysis);
  tt.match(exit, [{ kind: 'exit', slot: 0, what: 'worker:exit', expected: { args: [null, 'SIGTERM'] }, actual: { args: [null, 'SIGKILL'] } }]);
  const state = compareTraces(normalizeTrace(run(1, { ead: true })), normalizeTrace(run(1)), analysis);
  tt.match(state, [
    { kind: 'state', what: 'worker:disconnect', field: 'snap.ead', expected: true, actual: undefined },
    { kind: 'state', where: 'step 4 (kill)', field: 'snap.ead', expected: true, actual: undefined },
  ]);
  tt.same(state[0].history?.slice(-1), ['call:kill']);
  const missing = run(1).filter((x) => !(x.kind === 'ev' && x.name === 'listening'));
  tt.match(compareTraces(normalizeTrace(run(1)), normalizeTrace(missing), analysis)[0], { kind: 'event', where: 'slot 0, event 3', expected: { name: 'listening' }, actual: { name: 'message' } });
  tt.match(compareTraces(normalizeTrace(run(1)), normalizeTrace(run(1).slice(0, -1)), analysis)[0], { kind: 'run', actual: 'the program did not finish' });
});

t.test('a worker ended while a command was in flight: only what came before the ending step counts, as a prefix', async (tt) => {
  const racy: Program = { steps: program.steps.filter((step) => step.op !== 'wait' || step.for !== 'ack') };
  const analysis = analyze(racy);
  tt.same([...analysis.endedAt], [[0, 3]], 'the kill (step 3 without the wait) ended it');
  // The same events, renumbered as that program's run would number them; in one run the kill came before the listen.
  const renumbered = (observations: Observation[]) => observations.filter((x) => x.kind !== 'wait' || x.for !== 'ack').map((x) => (typeof x.step === 'number' && x.step >= 4 ? { ...x, step: x.step - 1 } : x));
  const early = renumbered(run(1));
  const late = early.filter((x) => !(x.kind === 'ev' && x.step === 2) && !(x.kind === 'worker' && (x.entry as { kind: string }).kind === 'ack'));
  tt.same(compareTraces(normalizeTrace(early), normalizeTrace(late), analysis), [], 'the worker was killed before it listened in one run: not a difference');
  tt.not(compareTraces(normalizeTrace(early), normalizeTrace(late), analyze(program)).length, 0, 'had the listen been waited for, it would be');
});
