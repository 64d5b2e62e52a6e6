// What `npm run differential` prints (pure): a failure with its shrunk program and both traces where they
// part, and the summary of a search.
import type { Difference } from './compare.js';
import type { Trace, TraceEvent, WorkerEntry } from './normalize.js';
import type { Program } from './program.js';
import { stepSource } from './render-script.js';
import type { Failure, SearchResult } from './search.js';

const show = (value: unknown) => (value === undefined ? 'undefined' : JSON.stringify(value));

export function formatDifference(d: Difference): string {
  const field = d.field ? ` ${d.field}` : '';
  return `${d.where}${field}: ${show(d.expected)} → ${show(d.actual)}`;
}

/** The program as the statements of its script. */
export function programSource(program: Program): string[] {
  return [
    ...(program.policy === undefined ? [] : [`// scheduling policy: ${program.policy}`]),
    ...program.steps.map((step, index) => `${stepSource(step, index)}`),
  ];
}

function eventLine(e: TraceEvent | undefined): string {
  return e === undefined ? '—' : `${e.src}:${e.name}${JSON.stringify(e.args) === '[]' ? '' : ` ${JSON.stringify(e.args)}`}`;
}

function entryLine(e: WorkerEntry | undefined): string {
  return e === undefined ? '—' : JSON.stringify(e.face);
}

/** The two runs' lists side by side up to a little past where they part. */
function sideBySide(left: string[], right: string[], upTo: number, names: [string, string]): string[] {
  const width = Math.min(60, Math.max(names[0].length, ...left.slice(0, upTo).map((l) => l.length)));
  const pad = (text: string) => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));
  const lines = [`    ${pad(names[0])}  ${names[1]}`];
  for (let i = 0; i < upTo && (i < left.length || i < right.length); i++) {
    const l = left[i] ?? '—';
    const r = right[i] ?? '—';
    lines.push(`${l === r ? '  ' : '≠ '}  ${pad(l)}  ${r}`);
  }
  return lines;
}

/** Both traces around the first difference of a slot's events or worker records. */
export function traceExcerpt(d: Difference, expected: Trace, actual: Trace, names: [string, string]): string[] {
  if (d.slot === undefined) return [];
  const at = Number(/(\d+)$/.exec(d.where.split(' (')[0])?.[1] ?? 0) + 3;
  const e = expected.slots[d.slot];
  const a = actual.slots[d.slot];
  if (e === undefined || a === undefined) return [];
  if (d.kind === 'event' || d.kind === 'exit' || (d.kind === 'state' && d.where.includes(', event'))) {
    const list = d.kind === 'exit' ? 'exits' : 'channel';
    return [`  events of worker ${d.slot} (${list === 'exits' ? "'exit'" : "all but 'exit'"}):`, ...sideBySide(e[list].map(eventLine), a[list].map(eventLine), at, names)];
  }
  if (d.kind === 'worker' || d.where.includes("worker's")) {
    const stream = d.where.includes('handling') ? 'do' : 'in';
    return [`  what worker ${d.slot} recorded (${stream === 'in' ? 'arrivals' : 'handling'}):`, ...sideBySide(e.worker[stream].map(entryLine), a.worker[stream].map(entryLine), at, names)];
  }
  return [];
}

export interface FailureContext {
  baseline: string;
  target: string;
  /** Where the standalone script was written, and the target specifier it takes. */
  scriptPath: string;
  targetSpecifier: string;
  replay: string;
}

export function formatFailure(failure: Failure, context: FailureContext): string {
  const { verdict } = failure;
  const names: [string, string] = [context.baseline, context.target];
  const first = verdict.unexplained[0];
  return [
    `✗ ${context.target} differs from ${context.baseline} (seed ${failure.seed}, path ${failure.path}; program ${failure.foundAt} of the search, shrunk ${failure.shrinks} times)`,
    '',
    'The program (the body of the standalone script):',
    ...programSource(failure.program).map((line) => `  ${line}`),
    '',
    `Unexplained differences (${context.baseline} → ${context.target}):`,
    ...verdict.unexplained.slice(0, 12).map((d) => `  ${formatDifference(d)}`),
    ...(verdict.unexplained.length > 12 ? [`  … and ${verdict.unexplained.length - 12} more`] : []),
    ...(verdict.findings.length > 0 ? [`  (also differences explained by ${verdict.findings.join(', ')})`] : []),
    '',
    ...(first ? traceExcerpt(first, verdict.expected, verdict.actual, names) : []),
    '',
    `Standalone script: ${context.scriptPath}`,
    `  node ${context.scriptPath}`,
    `  CLUSTER_CONFORMANCE_TARGET=${context.targetSpecifier} node ${context.scriptPath}`,
    `Replay and shrink again: ${context.replay}`,
  ].join('\n');
}

export function formatSummary(result: SearchResult, target: string, seed: number): string {
  const { counts } = result;
  const findings = Object.entries(result.findings)
    .sort()
    .map(([finding, n]) => `${finding} ×${n}`)
    .join(', ');
  return [
    `${result.checked} programs (seed ${seed}) against ${target} in ${(result.durationMs / 1000).toFixed(1)} s: ` +
      `${counts.same} same, ${counts.explained} explained by Findings, ${counts.different} unexplained, ${counts.raced} raced` +
      (result.errors.length > 0 ? `, ${result.errors.length} failed on the baseline` : ''),
    ...(findings ? [`  Findings that explained differences: ${findings}`] : []),
    ...result.raced.map((r) => `  raced: program ${r.index}: ${r.why}`),
    ...result.errors.map((e) => `  baseline failure: program ${e.index}: ${e.error}`),
  ].join('\n');
}
