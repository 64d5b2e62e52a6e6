/**
 * Where two traces of one program differ (pure). The expected trace is node:cluster's, the actual one the
 * target's. Per slot, events are compared in order; a state seen in a handler or after a call only where both
 * runs had the same earlier events for that slot. For a slot ended while something sent to it was in flight
 * (model.ts: racy), only what came before the step that ended it is compared, and one run's events and worker
 * records there need only be a prefix of the other's; the worker's own states and the later results of its
 * unsettled steps are not compared; its 'exit' is.
 */
import type { ProgramAnalysis } from './model.js';
import { emptySlot, type SlotTrace, type StepTrace, type Trace, type TraceEvent, type WorkerEntry } from './normalize.js';

export type DifferenceKind = 'run' | 'event' | 'state' | 'exit' | 'worker' | 'step' | 'outcome' | 'wait' | 'settings' | 'global' | 'teardown';

export interface Difference {
  kind: DifferenceKind;
  /** Where, in words: "slot 0, event 3", "step 5 (kill)". */
  where: string;
  slot?: number;
  step?: number;
  /** The step's op, or the event's `src:name`. */
  what?: string;
  /** The field that differs, when one does (`result`, `snap.ead`, …). */
  field?: string;
  /** For a state: the worker's earlier events and the primary's calls on it (`call:disconnect`), as in both runs. */
  history?: string[];
  expected: unknown;
  actual: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields of two objects that differ, by name. */
function differingFields(a: unknown, b: unknown): string[] {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return same(a, b) ? [] : [''];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const eventFace = (e: TraceEvent) => ({ src: e.src, name: e.name, args: e.args, sync: e.sync, step: e.step });


function compareEvents(slot: number, list: 'event' | 'exit', expected: TraceEvent[], actual: TraceEvent[], prefixOnly: boolean, out: Difference[]): void {
  const n = prefixOnly ? Math.min(expected.length, actual.length) : Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    const e = expected[i];
    const a = actual[i];
    const where = `slot ${slot}, ${list} ${i}`;
    if (e === undefined || a === undefined || !same(eventFace(e), eventFace(a))) {
      const what = e ? `${e.src}:${e.name}` : `${a!.src}:${a!.name}`;
      out.push({ kind: list, where, slot, what, expected: e && eventFace(e), actual: a && eventFace(a) });
      return; // later events no longer line up
    }
    if (same(e.history, a.history)) {
      for (const field of differingFields(e.snap, a.snap)) {
        out.push({ kind: 'state', where: `${where} (${e.src}:${e.name})`, slot, what: `${e.src}:${e.name}`, field: `snap.${field}`, history: e.history, expected: pick(e.snap, field), actual: pick(a.snap, field) });
      }
    }
  }
}

function pick(value: unknown, field: string): unknown {
  return field === '' || value === null || typeof value !== 'object' ? value : (value as Record<string, unknown>)[field];
}

/** Records after which a racy worker's own records depend on timing: its channel's end, an error, its exit. */
const ENDING_RECORDS = new Set(['worker.disconnect', 'process.disconnect', 'process.exit', 'worker.error', 'process.error', 'late-send']);

function compareSlot(slot: number, expected: SlotTrace, actual: SlotTrace, endedAt: number | undefined, unsettled: Set<number>, exitRaced: boolean, out: Difference[]): void {
  if (endedAt === undefined) {
    compareEvents(slot, 'event', expected.channel, actual.channel, false, out);
    compareEvents(slot, 'exit', expected.exits, actual.exits, false, out);
    for (const stream of ['in', 'do'] as const) compareWorkerStream(slot, stream, expected.worker[stream], actual.worker[stream], false, out);
    return;
  }
  // Ended while something was in flight: what came before the ending step is a prefix of what would have come.
  const before = (t: SlotTrace) => t.channel.filter((e) => e.at < endedAt);
  compareEvents(slot, 'event', before(expected), before(actual), true, out);
  // How it ends may itself have raced (model.ts: exitRaced): then only that it ended.
  const exits = (t: SlotTrace) => (exitRaced ? t.exits.map((e) => ({ ...e, args: [] })) : t.exits);
  compareEvents(slot, 'exit', exits(expected), exits(actual), false, out);
  const untilEnd = (entries: WorkerEntry[]) => {
    const end = entries.findIndex((e) => ENDING_RECORDS.has(String(e.face.kind)) || e.history.some((kind) => ENDING_RECORDS.has(kind)));
    return end < 0 ? entries : entries.slice(0, end);
  };
  compareWorkerStream(slot, 'in', untilEnd(expected.worker.in), untilEnd(actual.worker.in), true, out);
  // What the worker did for a step whose outcome raced its end (and for messages, which name no step) may differ.
  const settled = (entries: WorkerEntry[]) => untilEnd(entries).filter((e) => typeof e.face.step === 'number' && !unsettled.has(e.face.step));
  compareWorkerStream(slot, 'do', settled(expected.worker.do), settled(actual.worker.do), true, out);
}

/** Racy: a prefix suffices, and states are not compared (the primary's ending may reach the worker at any time). */
function compareWorkerStream(slot: number, stream: 'in' | 'do', expected: WorkerEntry[], actual: WorkerEntry[], racy: boolean, out: Difference[]): void {
  const n = racy ? Math.min(expected.length, actual.length) : Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    const e = expected[i];
    const a = actual[i];
    const where = `slot ${slot}, worker's ${stream === 'in' ? 'arrivals' : 'handling'} ${i}`;
    if (e === undefined || a === undefined || !same(e.face, a.face)) {
      out.push({ kind: 'worker', where, slot, what: String((e ?? a)!.face.kind), expected: e?.face, actual: a?.face });
      return;
    }
    if (racy || !same(e.history, a.history)) continue;
    for (const field of differingFields(e.snap, a.snap)) {
      out.push({ kind: 'state', where: `${where} (${String(e.face.kind)})`, slot, what: `worker:${String(e.face.kind)}`, field: `snap.${field}`, history: e.history, expected: pick(e.snap, field), actual: pick(a.snap, field) });
    }
  }
}

/** send()'s boolean says whether the message was queued; where that depends on timing, only its type counts. */
function withoutQueuedFlag(trace: StepTrace | undefined): StepTrace | undefined {
  const result = trace?.result as { value?: unknown } | undefined;
  return typeof result?.value === 'boolean' ? { ...trace!, result: { value: '<boolean>' } } : trace;
}

function compareStep(step: number, expected: StepTrace | undefined, actual: StepTrace | undefined, out: Difference[]): void {
  const where = `step ${step} (${expected?.op ?? actual?.op})`;
  if (expected === undefined || actual === undefined) {
    out.push({ kind: 'step', where, step, what: expected?.op ?? actual?.op, expected: expected ? 'performed' : 'not performed', actual: actual ? 'performed' : 'not performed' });
    return;
  }
  if (!same(expected.before, actual.before)) return; // the worker was not in the same state: not comparable
  for (const field of ['result', 'sync'] as const) {
    if (!same(expected[field], actual[field])) out.push({ kind: 'step', where, step, slot: expected.slot, what: expected.op, field, expected: expected[field], actual: actual[field] });
  }
  for (const field of differingFields(expected.snap, actual.snap)) {
    out.push({ kind: 'state', where, step, slot: expected.slot, what: expected.op, field: `snap.${field}`, history: expected.before, expected: pick(expected.snap, field), actual: pick(actual.snap, field) });
  }
}

/** Every difference (the first of each slot's event lists), in the order a reader should see them. */
export function compareTraces(expected: Trace, actual: Trace, analysis: ProgramAnalysis): Difference[] {
  const out: Difference[] = [];
  if (!actual.done) out.push({ kind: 'run', where: 'the run', expected: 'finished', actual: actual.problem });
  const slots = Math.max(expected.slots.length, actual.slots.length);
  for (let slot = 0; slot < slots; slot++) compareSlot(slot, expected.slots[slot] ?? emptySlot(), actual.slots[slot] ?? emptySlot(), analysis.endedAt.get(slot), analysis.unsettledSteps, analysis.exitRaced.has(slot), out);
  const steps = new Set([...Object.keys(expected.steps), ...Object.keys(actual.steps)].map(Number));
  for (const step of [...steps].sort((a, b) => a - b)) {
    const loose = analysis.queuedMaybe.has(step) ? withoutQueuedFlag : (t: StepTrace | undefined) => t;
    compareStep(step, loose(expected.steps[step]), loose(actual.steps[step]), out);
  }
  const outcomes = new Set([...Object.keys(expected.outcomes), ...Object.keys(actual.outcomes)]);
  for (const key of [...outcomes].sort()) {
    const step = Number(key.split(':')[0]);
    if (analysis.unsettledSteps.has(step)) continue;
    const e = withoutRacyPositions(expected.outcomes[key], analysis);
    const a = withoutRacyPositions(actual.outcomes[key], analysis);
    if (!same(e, a)) out.push({ kind: 'outcome', where: `step ${step}, later ${key.split(':')[1]}`, step, what: key.split(':')[1], expected: e, actual: a });
  }
  const waits = new Set([...Object.keys(expected.waits), ...Object.keys(actual.waits)].map(Number));
  for (const step of [...waits].sort((a, b) => a - b)) {
    if (expected.waits[step] !== actual.waits[step]) out.push({ kind: 'wait', where: `step ${step} (wait)`, step, what: 'wait', expected: expected.waits[step], actual: actual.waits[step] });
  }
  compareList('settings', 'cluster.settings after the call', expected.settings, actual.settings, out);
  compareList('global', "events naming no worker ('setup')", expected.global, actual.global, out);
  const settled = (t: Trace) => t.teardown.filter((entry) => !analysis.racySlots.has((entry as { slot: number }).slot));
  if (!same(settled(expected), settled(actual))) out.push({ kind: 'teardown', where: 'the end of the run', expected: settled(expected), actual: settled(actual) });
  return out;
}

/** Entry by entry; lists of different lengths are one difference (their entries no longer line up). */
function compareList(kind: DifferenceKind, what: string, expected: unknown[], actual: unknown[], out: Difference[]): void {
  if (expected.length !== actual.length) {
    out.push({ kind, where: `${what}: ${expected.length} entries → ${actual.length}`, what, expected, actual });
    return;
  }
  expected.forEach((entry, i) => {
    if (!same(entry, actual[i])) out.push({ kind, where: `${what}, entry ${i}`, what, step: (entry as { step?: number }).step, expected: entry, actual: actual[i] });
  });
}

/**
 * An outcome's `at` (the slots' histories when it came) is compared with a single worker only, not racy, and
 * only as to which 'exit' events came before it: with several workers, which one's end it follows depends on
 * which ends last, and Node may report a worker's exit before or after its channel's end.
 */
function withoutRacyPositions(outcome: unknown, analysis: ProgramAnalysis): unknown {
  if (outcome === null || typeof outcome !== 'object' || !('at' in outcome)) return outcome;
  const { at, ...rest } = outcome as { at: string[][] };
  if (at.length !== 1 || analysis.racySlots.has(0)) return rest;
  return { ...rest, exitsBefore: at[0].filter((name) => name.endsWith(':exit')) };
}
