// The search: programs drawn from a seed run on both sides, a few at a time; the first with an unexplained
// difference is shrunk by fast-check (replaying its path) to a small program that still shows one.
import fc from 'fast-check';
import { BaselineFailed, checkProgram, type Explain, type ProgramVerdict } from './check-program.js';
import { programArbitrary } from './generate.js';
import type { Program } from './program.js';
import type { Side } from './run-program.js';

export interface SearchOptions {
  runs: number;
  seed: number;
  /** Replay (and shrink) only the program at this path. */
  path?: string;
  parallel: number;
  timeoutMs: number;
  explain?: Explain;
  keepGoing?: boolean;
  maxRawSteps?: number;
  /** Shrinking stops after this long with the smallest program found so far (default 10 minutes). */
  shrinkTimeLimitMs?: number;
  onProgress?: (done: number, total: number, verdict: ProgramVerdict | undefined) => void;
}

export interface Failure {
  seed: number;
  /** Replays the shrunk program: --seed S --path P. */
  path: string;
  program: Program;
  verdict: ProgramVerdict;
  /** Index of the program first found, and how many smaller ones failed on the way down. */
  foundAt: number;
  shrinks: number;
}

export interface SearchResult {
  checked: number;
  counts: Record<ProgramVerdict['status'], number>;
  /** Finding → programs it explained a difference in. */
  findings: Record<string, number>;
  failures: Failure[];
  raced: { index: number; program: Program; why: string }[];
  /** Programs whose baseline run failed (a defect of this tool or of the runtime). */
  errors: { index: number; program: Program; error: string }[];
  durationMs: number;
}

export async function search(baseline: Side, target: Side, options: SearchOptions): Promise<SearchResult> {
  const started = Date.now();
  const arbitrary = programArbitrary({ maxRawSteps: options.maxRawSteps });
  const result: SearchResult = { checked: 0, counts: { same: 0, explained: 0, different: 0, raced: 0 }, findings: {}, failures: [], raced: [], errors: [], durationMs: 0 };
  const check = (program: Program, signal?: AbortSignal) => checkProgram(program, baseline, target, { timeoutMs: options.timeoutMs, explain: options.explain, signal });

  if (options.path !== undefined) {
    const failure = await shrink(arbitrary, check, options.seed, options.path, options.shrinkTimeLimitMs);
    result.checked = 1;
    if (failure) result.failures.push(failure);
    result.counts[failure ? 'different' : 'same'] += 1;
    result.durationMs = Date.now() - started;
    return result;
  }

  const programs = fc.sample(arbitrary, { seed: options.seed, numRuns: options.runs });
  const stop = new AbortController();
  const different: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < programs.length && !stop.signal.aborted) {
      const index = next++;
      let verdict: ProgramVerdict | undefined;
      try {
        verdict = await check(programs[index], stop.signal);
      } catch (error) {
        if (stop.signal.aborted) return;
        if (!(error instanceof BaselineFailed)) throw error;
        result.errors.push({ index, program: programs[index], error: error.message });
      }
      if (stop.signal.aborted) return;
      result.checked += 1;
      if (verdict) {
        result.counts[verdict.status] += 1;
        for (const finding of verdict.findings) result.findings[finding] = (result.findings[finding] ?? 0) + 1;
        if (verdict.status === 'raced') result.raced.push({ index, program: programs[index], why: verdict.raced ?? '' });
        if (verdict.status === 'different') {
          different.push(index);
          if (!options.keepGoing) stop.abort();
        }
      }
      options.onProgress?.(result.checked, programs.length, verdict);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.parallel, programs.length) }, worker));

  if (options.keepGoing) {
    // Not shrunk: each is reported as found, with the path that replays it.
    for (const index of different.sort((a, b) => a - b)) {
      const verdict = await check(programs[index]);
      result.failures.push({ seed: options.seed, path: String(index), program: programs[index], verdict, foundAt: index, shrinks: 0 });
    }
  } else if (different.length > 0) {
    const first = Math.min(...different);
    const failure = await shrink(arbitrary, check, options.seed, String(first), options.shrinkTimeLimitMs);
    if (failure) result.failures.push(failure);
    else result.raced.push({ index: first, program: programs[first], why: 'the difference did not come back when replayed' });
  }
  result.durationMs = Date.now() - started;
  return result;
}

const DEFAULT_SHRINK_LIMIT_MS = 10 * 60_000;

/** Replays the program at `path` and lets fast-check shrink it while the difference stays. */
async function shrink(
  arbitrary: fc.Arbitrary<Program>,
  check: (program: Program) => Promise<ProgramVerdict>,
  seed: number,
  path: string,
  timeLimitMs = DEFAULT_SHRINK_LIMIT_MS,
): Promise<Failure | undefined> {
  let last: { program: Program; verdict: ProgramVerdict } | undefined;
  let shrinks = -1;
  const property = fc.asyncProperty(arbitrary, async (program) => {
    const verdict = await check(program);
    if (verdict.status !== 'different') return true;
    last = { program, verdict };
    shrinks += 1;
    return false;
  });
  const details = await fc.check(property, { seed, path, numRuns: 1, interruptAfterTimeLimit: timeLimitMs, markInterruptAsFailure: false });
  if (!details.failed || last === undefined) return undefined;
  return { seed, path: details.counterexamplePath ?? path, program: last.program, verdict: last.verdict, foundAt: Number(path.split(':')[0]), shrinks: Math.max(0, shrinks) };
}
