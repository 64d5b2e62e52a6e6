/**
 * Differences that SPEC.md's Findings explain (pure). The reference in its default mode follows the cluster
 * page where Node does not; each such place is a Finding, and each Finding shows in a trace in a known way. This
 * table says which: a difference matching a pattern counts as explained by that Finding. Used for the `reference`
 * target (and with --explain): against `reference-node` (Node's behaviour) nothing should need explaining.
 */
import type { Difference } from './compare.js';
import type { Program } from './program.js';

export interface Explanation {
  finding: string;
  /** What Node does, in a few words. */
  node: string;
  matches: (d: Difference, program: Program) => boolean;
}

type Settings = Record<string, unknown>;

/** Two settings objects that differ only in `keys` the expected one lacks. */
function onlyExtraKeys(expected: unknown, actual: unknown, keys: readonly string[]): boolean {
  const e = (expected ?? {}) as Settings;
  const a = (actual ?? {}) as Settings;
  const all = new Set([...Object.keys(e), ...Object.keys(a)]);
  return [...all].every((k) => JSON.stringify(e[k]) === JSON.stringify(a[k]) || (keys.includes(k) && !(k in e)));
}

function settingsOf(entry: unknown): unknown {
  const record = entry as { settings?: unknown; args?: unknown[] } | undefined;
  return record?.settings ?? record?.args?.[0];
}

const slotSteps = (program: Program, slot: number | undefined) => program.steps.filter((s) => 'slot' in s && s.slot === slot);
const calledDisconnect = (history: string[] | undefined) => (history ?? []).some((h) => h === 'call:disconnect' || h === 'call:clusterDisconnect');

/** Equal once port names (P1, P2, …) are set aside: the difference is which port, not what happened. */
function samePortsAside(expected: unknown, actual: unknown): boolean {
  const strip = (value: unknown) => JSON.stringify(value)?.replace(/"P\d+"/g, '"P"');
  return expected !== undefined && actual !== undefined && strip(expected) === strip(actual);
}

/** worker.process.disconnect() on the worker before the program waited for it to come online. */
function closedEarly(program: Program, slot: number | undefined): boolean {
  for (const step of program.steps) {
    if ('slot' in step && step.slot === slot && step.op === 'wait' && (step.for === 'online' || step.for === 'ready')) return false;
    if ('slot' in step && step.slot === slot && step.op === 'processDisconnect') return true;
  }
  return false;
}

/** The worker opened two servers on one address (kind), the second while the first may still be open. */
function listensTwice(program: Program, slot: number | undefined): boolean {
  const kinds = program.steps.flatMap((s) => (s.op === 'listen' && s.slot === slot && !s.kind.endsWith('exclusive') ? [s.kind] : []));
  return new Set(kinds).size < kinds.length;
}

/** Node refused the second listen (EADDRINUSE) where the target gave it the address. */
function secondListenRefused(d: Difference): boolean {
  return JSON.stringify(d.expected ?? null).includes('EADDRINUSE') && !JSON.stringify(d.actual ?? null).includes('EADDRINUSE');
}

export const EXPLANATIONS: Explanation[] = [
  {
    finding: 'F-01',
    node: "cluster.settings (and 'setup''s argument) hold no serialization (or windowsHide) key unless given",
    matches: (d) => (d.kind === 'settings' || d.kind === 'global') && onlyExtraKeys(settingsOf(d.expected), settingsOf(d.actual), ['serialization', 'windowsHide']),
  },
  {
    finding: 'F-07',
    node: 'exitedAfterDisconnect is true as soon as disconnect() is called, before the worker exits (in the primary and in the worker)',
    matches: (d) => d.field === 'snap.ead' && d.expected === true && d.actual === undefined,
  },
  {
    finding: 'F-17',
    node: 'kill() (and its alias destroy()) in the primary signals without disconnecting first: isConnected() is still true after the call',
    matches: (d) => d.kind === 'state' && (d.what === 'kill' || d.what === 'destroy') && d.field === 'snap.connected' && d.expected === true && d.actual === false,
  },
  {
    finding: 'F-18',
    node: "exitedAfterDisconnect is false from the 'disconnect' of a worker that ended without disconnect()",
    matches: (d) => d.field === 'snap.ead' && d.expected === false && d.actual === undefined,
  },
  {
    finding: 'F-19',
    node: "cluster.disconnect()'s callback comes at the first exit that leaves cluster.workers empty, before its 'exit' events",
    matches: (d, program) => d.kind === 'outcome' && d.what === 'callback' && program.steps.some((s) => s.op === 'clusterDisconnect'),
  },
  {
    finding: 'F-20',
    node: 'a worker whose channel the primary closed before it came online exits with code 1 (its announcement fails)',
    matches: (d, program) =>
      d.kind === 'exit' && (d.expected as { args?: unknown[] } | undefined)?.args?.[0] === 1 && (d.actual as { args?: unknown[] } | undefined)?.args?.[0] === 0 && closedEarly(program, d.slot),
  },
  {
    finding: 'F-14',
    node: "a worker's second listen() on an address it already listens on gets a port of its own (listen(0)) or EADDRINUSE (a fixed port)",
    matches: (d, program) =>
      (d.kind === 'event' || d.kind === 'worker') && listensTwice(program, d.slot) && (samePortsAside(d.expected, d.actual) || secondListenRefused(d)),
  },
  {
    finding: 'F-15',
    node: 'worker.disconnect() in the primary removes the worker from cluster.workers at once',
    matches: (d) => d.field === 'snap.listed' && d.expected === false && d.actual === true && (calledDisconnect(d.history) || d.what === 'disconnect'),
  },
  {
    finding: 'F-16',
    node: 'cluster.worker.kill(signal) in a worker disconnects it: it exits with 0 and counts as voluntary',
    matches: (d, program) => d.slot !== undefined && slotSteps(program, d.slot).some((s) => s.op === 'workerKill') && (d.kind === 'exit' || d.kind === 'worker' || d.field === 'snap.ead'),
  },
];

export function explainByFinding(difference: Difference, program: Program): string | undefined {
  return EXPLANATIONS.find((explanation) => explanation.matches(difference, program))?.finding;
}

/**
 * Findings the reference's Node mode does not follow yet, so that `reference-node` still shows them. Against
 * `reference-node`, only these explain a difference; an entry goes once the Node mode follows it. Empty since the
 * Node mode follows F-14 (node.listen-01..04); F-14 was the last one.
 */
export const NOT_YET_IN_NODE_MODE: readonly string[] = [];

export function explainNotYetInNodeMode(difference: Difference, program: Program): string | undefined {
  const finding = explainByFinding(difference, program);
  return finding !== undefined && NOT_YET_IN_NODE_MODE.includes(finding) ? finding : undefined;
}
