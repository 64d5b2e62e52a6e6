// The documented lifecycle as a model (pure): turns generated commands into fixture actions with the
// events each must produce, and compares the fixture's step reports with what the model expects.
import type { Action, ActionBody, AwaitedEvent, SeenEvent, StepReport, WorkerState } from './lifecycle-protocol.js';
import type { Verdict } from './scheduler-properties.js';

/** `pick` chooses among the live workers (modulo their count); commands needing one are skipped without. */
export type Command =
  | { op: 'fork'; graceful: boolean }
  | { op: 'connect' }
  | { op: 'kill'; pick: number; signal?: 'SIGTERM' | 'SIGKILL' | 'SIGINT' }
  | { op: 'disconnect'; pick: number }
  | { op: 'closeChannel'; pick: number }
  | { op: 'send'; pick: number };

/** Keeps each case small: forks beyond this many live workers are skipped. */
export const MAX_LIVE_WORKERS = 4;

export type Expectation = {
  action: Action;
  /** Exactly these events, in any order except `before`; detail compared when given. */
  events: SeenEvent[];
  /** Pairs [a, b] of indexes into `events`: a is emitted before b. */
  before: [number, number][];
  workers: number[];
  states: WorkerState[];
  /** For connect: the fork indexes that may serve it, or the one result expected. */
  result?: { servedByOneOf: number[] } | { exactly: string };
};

const LIVE: WorkerState = { isDead: false, isConnected: true, exitedAfterDisconnect: undefined };
const ended = (exitedAfterDisconnect: boolean): WorkerState => ({ isDead: true, isConnected: false, exitedAfterDisconnect });

function both(name: string, index: number, detail?: unknown): SeenEvent[] {
  const event = (emitter: 'cluster' | 'worker'): SeenEvent => (detail === undefined ? [emitter, name, index] : [emitter, name, index, detail]);
  return [event('cluster'), event('worker')];
}

/** The model run over the commands: one expectation per command that is not skipped. */
export function expectations(commands: readonly Command[]): Expectation[] {
  const live: number[] = [];
  const states: WorkerState[] = [];
  let listened = false;
  const out: Expectation[] = [];
  const push = (action: ActionBody, events: SeenEvent[], before: [number, number][], result?: Expectation['result']): void => {
    const awaits = events.map(([e, n, i]): AwaitedEvent => [e, n, i]);
    out.push({ action: { ...action, awaits }, events, before, workers: [...live], states: states.map((s) => ({ ...s })), result });
  };
  const end = (index: number, exit: [number | null, string | null], exitedAfterDisconnect: boolean): SeenEvent[] => {
    live.splice(live.indexOf(index), 1);
    states[index] = ended(exitedAfterDisconnect);
    return [...both('disconnect', index), ...both('exit', index, exit)]; // disconnect/exit order is not fixed (cluster.workers-06)
  };
  for (const command of commands) {
    if (command.op === 'fork') {
      if (live.length >= MAX_LIVE_WORKERS) continue;
      const index = states.length;
      live.push(index);
      states.push({ ...LIVE });
      listened = true;
      // 0 cluster fork, 1 cluster online, 2 worker online, 3 cluster listening, 4 worker listening
      const events: SeenEvent[] = [['cluster', 'fork', index], ...both('online', index), ...both('listening', index)];
      push({ op: 'fork', graceful: command.graceful }, events, [[0, 1], [1, 3], [2, 4]]);
      continue;
    }
    if (command.op === 'connect') {
      const result = live.length > 0 ? { servedByOneOf: [...live] } : { exactly: listened ? 'ECONNREFUSED' : 'no-port' };
      push({ op: 'connect' }, [], [], result);
      continue;
    }
    if (live.length === 0) continue;
    const index = live[command.pick % live.length];
    if (command.op === 'send') {
      const payload = out.length;
      push({ op: 'send', index, payload }, both('message', index, { echo: payload }), []);
    } else if (command.op === 'kill') {
      const events = end(index, [null, command.signal ?? 'SIGTERM'], false);
      push({ op: 'kill', index, ...(command.signal ? { signal: command.signal } : {}) }, events, []);
    } else if (command.op === 'disconnect') {
      push({ op: 'disconnect', index }, end(index, [0, null], true), []);
    } else {
      push({ op: 'closeChannel', index }, end(index, [0, null], false), []);
    }
  }
  return out;
}

const key = (e: readonly unknown[]): string => JSON.stringify(e);

function compareEvents(expected: Expectation, seen: SeenEvent[]): string | undefined {
  const used = seen.map(() => false);
  const matches = (want: SeenEvent, got: SeenEvent): boolean =>
    key(got.slice(0, 3)) === key(want.slice(0, 3)) && (want.length < 4 || key([got[3]]) === key([want[3]]));
  const positions: number[] = [];
  for (const want of expected.events) {
    const at = seen.findIndex((got, i) => !used[i] && matches(want, got));
    if (at < 0) return `missing event ${key(want)}; saw ${key(seen)}`;
    used[at] = true;
    positions.push(at);
  }
  const extra = seen.filter((_, i) => !used[i]);
  if (extra.length > 0) return `unexpected events ${key(extra)}`;
  const wrong = expected.before.find(([a, b]) => positions[a] > positions[b]);
  if (wrong) return `${key(expected.events[wrong[0]])} came after ${key(expected.events[wrong[1]])}`;
  return undefined;
}

function compareResult(expected: Expectation, got: StepReport['result']): string | undefined {
  const want = expected.result;
  if (!want) return undefined;
  if ('exactly' in want) return got === want.exactly ? undefined : `connect gave ${String(JSON.stringify(got))}, expected ${want.exactly}`;
  return typeof got === 'number' && want.servedByOneOf.includes(got) ? undefined : `connect gave ${String(JSON.stringify(got))}, expected a worker of ${key(want.servedByOneOf)}`;
}

/** The first difference between the model and the fixture's reports, or undefined. */
export function compareSteps(expected: readonly Expectation[], reports: readonly StepReport[]): Verdict {
  for (const [step, want] of expected.entries()) {
    const got = reports.find((r) => r.step === step);
    const where = `step ${step} (${key([want.action]).slice(1, -1)})`;
    if (!got) return `${where}: no report`;
    const why =
      (got.timedOut ? `awaited events did not all arrive; saw ${key(got.events)}` : undefined) ??
      compareEvents(want, got.events) ??
      (key(got.workers) === key(want.workers) ? undefined : `cluster.workers holds ${key(got.workers)}, expected ${key(want.workers)}`) ??
      (got.keysAreIds ? undefined : 'a key of cluster.workers is not the id of its worker') ??
      (key(got.states) === key(want.states) ? undefined : `worker states ${key(got.states)}, expected ${key(want.states)}`) ??
      compareResult(want, got.result);
    if (why) return `${where}: ${why}`;
  }
  return undefined;
}
