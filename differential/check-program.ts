// One program, both sides: node:cluster (the expected behaviour) and the target, compared. A program whose
// differences are not all explained is run once more on both sides before it counts: a difference that does not
// come back, or node:cluster disagreeing with itself, says the program raced, and is reported as such.
import { compareTraces, type Difference } from './compare.js';
import { analyze } from './model.js';
import type { Trace } from './normalize.js';
import type { Program } from './program.js';
import { runProgram, type Side } from './run-program.js';

export type Explain = (difference: Difference, program: Program) => string | undefined;

export interface ProgramVerdict {
  status: 'same' | 'explained' | 'different' | 'raced';
  differences: Difference[];
  unexplained: Difference[];
  /** Finding IDs of the explained differences. */
  findings: string[];
  expected: Trace;
  actual: Trace;
  /** When status is 'raced': why. */
  raced?: string;
  durationMs: number;
}

export interface CheckOptions {
  timeoutMs: number;
  explain?: Explain;
  /** Run a program with unexplained differences once more before it counts (default true). */
  confirm?: boolean;
  signal?: AbortSignal;
}

export class BaselineFailed extends Error {}

async function bothSides(program: Program, baseline: Side, target: Side, options: CheckOptions): Promise<[Trace, Trace, number]> {
  const started = Date.now();
  const [expected, actual] = await Promise.all([runProgram(program, baseline, options.timeoutMs, options.signal), runProgram(program, target, options.timeoutMs, options.signal)]);
  if (!expected.trace.done) throw new BaselineFailed(`the program failed on the baseline (${baseline.target.name}): ${expected.trace.problem}`);
  return [expected.trace, actual.trace, Date.now() - started];
}

function sort(differences: Difference[], program: Program, explain: Explain | undefined): { unexplained: Difference[]; findings: string[] } {
  const findings = new Set<string>();
  const unexplained: Difference[] = [];
  for (const difference of differences) {
    const finding = explain?.(difference, program);
    if (finding === undefined) unexplained.push(difference);
    else findings.add(finding);
  }
  return { unexplained, findings: [...findings].sort() };
}

export async function checkProgram(program: Program, baseline: Side, target: Side, options: CheckOptions): Promise<ProgramVerdict> {
  const analysis = analyze(program);
  const [expected, actual, durationMs] = await bothSides(program, baseline, target, options);
  const differences = compareTraces(expected, actual, analysis);
  const { unexplained, findings } = sort(differences, program, options.explain);
  const verdict = { differences, unexplained, findings, expected, actual, durationMs };
  if (unexplained.length === 0) return { ...verdict, status: differences.length === 0 ? 'same' : 'explained' };
  if (options.confirm === false) return { ...verdict, status: 'different' };
  const [expectedAgain, actualAgain, againMs] = await bothSides(program, baseline, target, options);
  const selfDifferences = compareTraces(expected, expectedAgain, analysis);
  const timing = { durationMs: durationMs + againMs };
  if (selfDifferences.length > 0) {
    return { ...verdict, ...timing, status: 'raced', raced: `${baseline.target.name} differed from itself: ${selfDifferences[0].where}` };
  }
  const again = sort(compareTraces(expectedAgain, actualAgain, analysis), program, options.explain);
  if (again.unexplained.length === 0) return { ...verdict, ...timing, status: 'raced', raced: 'the difference did not come back in a second run' };
  return { ...verdict, ...timing, status: 'different' };
}
