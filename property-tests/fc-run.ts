/** Runs a scheduler property under tap with the replay options, reporting seed, path and counterexample. */
import { relative } from 'node:path';
import fc from 'fast-check';
import t from 'tap';
import { RoundRobinScheduler } from '../reference/round-robin-scheduler.cjs';
import { currentFcOptions } from './fc-options.js';
import type { SchedulerProperty } from './scheduler-catalogue.js';

/** Runs per property unless --runs / FC_RUNS says otherwise; sized for the 90 s budget on 2 cores. */
export const DEFAULT_RUNS = 300;

export type ClauseTag = { name: string; clauses: string[] };

/** A tap test that the reference scheduler has `property`. */
export function propertyTest(tag: ClauseTag, property: SchedulerProperty): void {
  t.test(tag.name, async (tt) => {
    const options = currentFcOptions();
    const details = property.run(() => new RoundRobinScheduler<number, number>(), {
      ...options,
      numRuns: options.runs ?? DEFAULT_RUNS,
    });
    if (details.failed) tt.fail(failureReport(details, tag.name));
    else tt.pass(`${details.numRuns} runs, seed ${details.seed}`);
  });
}

/** fast-check's report (seed, path, shrunk counterexample), the violation, and how to replay it. */
export function failureReport(details: fc.RunDetails<unknown>, name: string): string {
  const violation = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  const file = relative(process.cwd(), process.argv[1] ?? 'dist/property-tests');
  const replay = `FC_SEED=${details.seed} FC_PATH=${details.counterexamplePath} npx tap ${file} --grep=${JSON.stringify(name)}`;
  return [fc.defaultReportMessage(details) ?? 'property failed', `Violation: ${violation}`, `Replay: ${replay}`].join('\n');
}
