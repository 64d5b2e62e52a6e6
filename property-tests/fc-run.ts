/** Runs a scheduler property under tap with the replay options, reporting seed, path and counterexample. */
import { relative } from 'node:path';
import fc from 'fast-check';
import t from 'tap';
import { RoundRobinScheduler } from '../reference/round-robin-scheduler.cjs';
import { currentFcOptions } from './fc-options.js';
import type { SchedulerProperty } from './scheduler-catalogue.js';

/** Runs per property unless --runs / FC_RUNS says otherwise; sized for the 90 s budget on 2 cores. */
export const DEFAULT_RUNS = 1000;

export type ClauseTag = { name: string; clauses: string[] };

/** A tap test that the reference scheduler has `property`. */
export function propertyTest(tag: ClauseTag, property: SchedulerProperty): void {
  t.test(tag.name, async (tt) => {
    const options = currentFcOptions();
    const details = property.run(() => new RoundRobinScheduler<number, number>(), {
      ...options,
      numRuns: options.runs ?? DEFAULT_RUNS,
    });
    if (details.failed) tt.fail(`property failed: ${violation(details)}`, failureDiagnostics(details, tag.name));
    else tt.pass(`${details.numRuns} runs, seed ${details.seed}`);
  });
}

function violation(details: fc.RunDetails<unknown>): string {
  return details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
}

/** Seed, path, shrunk counterexample and the command that replays it, shown by tap under the failure. */
function failureDiagnostics(details: fc.RunDetails<unknown>, name: string) {
  const file = relative(process.cwd(), process.argv[1] ?? 'dist/property-tests');
  return {
    seed: details.seed,
    path: details.counterexamplePath,
    counterexample: fc.stringify(details.counterexample),
    shrinks: details.numShrinks,
    replay: `FC_SEED=${details.seed} FC_PATH=${details.counterexamplePath} npx tap ${file} --grep='${escapeRegExp(name)}'`,
  };
}

/** tap's --grep takes a regular expression; test names hold parentheses and slashes. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
