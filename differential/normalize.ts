/**
 * A run's observations as a trace two runs can be compared on (pure): events grouped per worker slot in the
 * order they came, each with the names of the slot's earlier events (its history: a state seen in a handler is
 * only comparable between runs where the same events came before); ports renamed by first appearance in a
 * fixed walk of the trace (P1, P2, …), paths of the run's directory and script made symbolic, pids dropped.
 */
import type { Observation } from '../runner/observations.js';

export interface TraceEvent {
  src: string;
  name: string;
  args: unknown;
  snap?: unknown;
  /** Emitted while the step's call was running (before it returned). */
  sync: boolean;
  /** The step during which it came; kept only where that is decided by the implementation, not by timing. */
  step?: number;
  /** The step during which it came (not compared: timing decides it). */
  at: number;
  /** `src:name` of the slot's earlier events. */
  history: string[];
}

/** A record the worker made, with the kinds of its earlier records (its history). */
export interface WorkerEntry {
  face: Record<string, unknown>;
  snap: unknown;
  history: string[];
}

export interface SlotTrace {
  /** Every event but 'exit', in order. */
  channel: TraceEvent[];
  /** The 'exit' events (Worker's and cluster's): a child's exit may be reported before or after its channel's end. */
  exits: TraceEvent[];
  /** What the worker itself recorded: what arrived (`in`) and how it handled it (`do`), each in order. */
  worker: { in: WorkerEntry[]; do: WorkerEntry[] };
}

export interface StepTrace {
  op: string;
  slot?: number;
  result: unknown;
  snap?: unknown;
  /** `slot:src:name` of the events emitted during the call. */
  sync: string[];
  /** The acted-on slot's history before the call. */
  before: string[];
}

export interface Trace {
  /** The run reached its end (`done`): otherwise it crashed or timed out, and `problem` says how. */
  done: boolean;
  problem?: string;
  /** `cluster.settings` after each setupPrimary()/fork(), with its step. */
  settings: { step: number; settings: unknown }[];
  /** Events that name no worker ('setup'), and anything else not tied to a slot, in order. */
  global: unknown[];
  slots: SlotTrace[];
  steps: Record<number, StepTrace>;
  /** `<step>:<what>` → what came later (a callback, a client's answer). */
  outcomes: Record<string, unknown>;
  waits: Record<number, boolean>;
  /** Slots the end of the run found unsettled, or that outlived their ending (see script-runtime.cts). */
  teardown: unknown[];
}

/**
 * `worker.state` is not documented (Node's values, such as 'destroying', are its internals): recorded by the
 * script for readers, not compared.
 */
function withoutState(snap: unknown): unknown {
  if (snap === null || typeof snap !== 'object') return snap;
  const { state: _state, ...rest } = snap as Record<string, unknown>;
  return rest;
}

/** Events whose step is fixed (emitted on the next tick of the call), so it is compared. */
const STEP_FIXED = new Set(['fork']);

export const emptySlot = (): SlotTrace => ({ channel: [], exits: [], worker: { in: [], do: [] } });

/**
 * `racySlots` (model.ts) are walked last when naming ports, so that what a racy worker did or not does not
 * renumber the ports of the others.
 */
export function normalizeTrace(observations: readonly Observation[], problem?: string, racySlots: ReadonlySet<number> = new Set()): Trace {
  const trace: Trace = { done: false, settings: [], global: [], slots: [], steps: {}, outcomes: {}, waits: {}, teardown: [] };
  const slotOfPid = new Map<number, number>();
  const histories: string[][] = [];
  const syncCount = new Map<string, number>();
  const history = (slot: number) => (histories[slot] ??= []);
  const slotTrace = (slot: number) => (trace.slots[slot] ??= emptySlot());
  const workerHistories = new Map<number, string[]>();
  let start: Observation | undefined;

  for (const o of observations) {
    if (o.role !== 'primary') continue;
    const step = o.step as number;
    switch (o.kind) {
      case 'start':
        start = o;
        break;
      case 'fork':
        slotOfPid.set(o.workerPid as number, o.slot as number);
        slotTrace(o.slot as number);
        break;
      case 'call': {
        // The primary's call becomes part of the history of the worker(s) it acts on.
        const slots = o.slot === undefined ? histories.map((_, slot) => slot) : [o.slot as number];
        for (const slot of slots) history(slot).push(`call:${o.op}`);
        break;
      }
      case 'settings':
        trace.settings.push({ step, settings: o.settings });
        break;
      case 'ev': {
        if (o.slot === undefined) {
          trace.global.push({ step, sync: o.sync, event: `${o.src}:${o.name}`, args: o.args });
          break;
        }
        const slot = o.slot as number;
        const event: TraceEvent = { src: o.src as string, name: o.name as string, args: o.args, snap: withoutState(o.snap), sync: o.sync === true, at: step, history: [...history(slot)] };
        if (STEP_FIXED.has(event.name) || event.sync) event.step = step;
        (event.name === 'exit' ? slotTrace(slot).exits : slotTrace(slot).channel).push(event);
        history(slot).push(`${event.src}:${event.name}`);
        if (event.sync) syncCount.set(`${step}:${slot}`, (syncCount.get(`${step}:${slot}`) ?? 0) + 1);
        break;
      }
      case 'step': {
        const slot = o.slot as number | undefined;
        const sync = observations.filter((e) => e.role === 'primary' && e.kind === 'ev' && e.sync === true && e.step === step).map((e) => `${e.slot ?? '-'}:${e.src}:${e.name}`);
        const before = slot === undefined ? [] : history(slot).slice(0, history(slot).length - (syncCount.get(`${step}:${slot}`) ?? 0));
        trace.steps[step] = { op: o.op as string, slot, result: o.result, snap: withoutState(o.snap), sync, before };
        break;
      }
      case 'outcome': {
        const { role: _r, pid: _p, seq: _s, kind: _k, step: _st, what, at, ...rest } = o;
        const value = at === undefined ? rest : { ...rest, at: (at as number[]).map((count, slot) => history(slot).slice(0, count)) };
        trace.outcomes[`${step}:${what}`] = value;
        break;
      }
      case 'wait':
        trace.waits[step] = o.ok === true;
        break;
      case 'unsettled':
      case 'linger': {
        const { role: _r, pid: _p, seq: _s, ...rest } = o;
        trace.teardown.push(rest);
        break;
      }
      case 'worker': {
        const slot = slotOfPid.get(o.workerPid as number);
        const { seq: _s, stream, snap, ...face } = o.entry as Record<string, unknown>;
        if (slot === undefined) {
          trace.global.push({ unknownWorker: face });
          break;
        }
        const earlier = workerHistories.get(slot) ?? [];
        slotTrace(slot).worker[stream === 'do' ? 'do' : 'in'].push({ face, snap: withoutState(snap), history: [...earlier] });
        workerHistories.set(slot, [...earlier, String(face.kind)]);
        break;
      }
      case 'done':
        trace.done = true;
        break;
    }
  }
  for (let slot = 0; slot < trace.slots.length; slot++) trace.slots[slot] ??= emptySlot();
  if (!trace.done) trace.problem = problem ?? 'the program did not finish';
  return symbolize(trace, start, racySlots);
}

/**
 * Ports as P1, P2, … in the order a fixed walk of the trace meets them (the shared ports of the run first),
 * the run's directory as <dir>, its script as <script>.
 */
function symbolize(trace: Trace, start: Observation | undefined, racySlots: ReadonlySet<number>): Trace {
  const ports = new Map<number, string>();
  let count = 0;
  if (typeof start?.tcpPort === 'number') ports.set(start.tcpPort, 'P-shared-tcp');
  if (typeof start?.udpPort === 'number') ports.set(start.udpPort, 'P-shared-udp');
  const dir = typeof start?.dir === 'string' ? start.dir : undefined;
  const script = typeof start?.script === 'string' ? start.script : undefined;
  const walk = (value: unknown, key?: string): unknown => {
    if (typeof value === 'number' && key === 'port' && value > 0) {
      if (!ports.has(value)) ports.set(value, `P${++count}`);
      return ports.get(value);
    }
    if (typeof value === 'string') {
      if (script !== undefined && value === script) return '<script>';
      if (dir !== undefined && value.startsWith(dir)) return `<dir>${value.slice(dir.length)}`;
      return value;
    }
    if (Array.isArray(value)) return value.map((item) => walk(item));
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  // The walk's order: slots (their events, then what the worker saw), then steps, outcomes, global.
  const order = trace.slots.map((_, i) => i).sort((a, b) => Number(racySlots.has(a)) - Number(racySlots.has(b)) || a - b);
  const slots: SlotTrace[] = [];
  for (const i of order) slots[i] = walk(trace.slots[i]) as SlotTrace;
  const steps = walk(trace.steps) as Trace['steps'];
  const outcomes = walk(trace.outcomes) as Trace['outcomes'];
  const settings = walk(trace.settings) as Trace['settings'];
  const global = walk(trace.global) as unknown[];
  return { ...trace, slots, steps, outcomes, settings, global };
}
