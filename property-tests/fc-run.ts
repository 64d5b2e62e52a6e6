/** Runs a scheduler property under tap with the replay options, reporting seed, path and counterexample. */
import { relative } from 'node:path';
import fc from 'fast-check';
import t, { type Test } from 'tap';
import { HANDOFF_CAPACITY } from '../reference/round-robin-handle.cjs';
import { RoundRobinScheduler } from '../reference/round-robin-scheduler.cjs';
import { currentFcOptions } from './fc-options.js';
import type { SchedulerProperty } from './scheduler-catalogue.js';

/** Runs per property unless --runs / FC_RUNS says otherwise; sized for the 90 s budget on 2 cores. */
export const DEFAULT_RUNS = 1000;

/** The capacity the reference's round-robin handle gives its scheduler: the second one every property runs at. */
export const SHIPPED_CAPACITY = HANDOFF_CAPACITY;

export type ClauseTag = { name: string; clauses: string[] };

/**
 * Two tap tests that the reference scheduler has `property`: at capacity 1 (Node's) and at the shipped
 * capacity. Each name must start with the capacity it runs at, so the names cannot drift from the runs.
 */
export function atBothCapacities(property: SchedulerProperty, atOne: ClauseTag, atShipped: ClauseTag): void {
  for (const [tag, capacity] of [[atOne, 1], [atShipped, SHIPPED_CAPACITY]] as const) {
    if (!tag.name.startsWith(`capacity ${capacity}`)) throw new Error(`test "${tag.name}" must start with "capacity ${capacity}"`);
    propertyTest(tag, property, capacity);
  }
}

/** A tap test that the reference scheduler, built with `capacity`, has `property`. */
function propertyTest(tag: ClauseTag, property: SchedulerProperty, capacity: number): void {
  t.test(tag.name, async (tt) => {
    const options = currentFcOptions();
    const make = () => new RoundRobinScheduler<number, number>(capacity);
    const details = property.run({ capacity, make }, { ...options, numRuns: options.runs ?? DEFAULT_RUNS });
    report(tt, details, [tag.name]);
  });
}

/** Passes, or fails with everything needed to replay the counterexample; `names` lead tap's --grep to it. */
export function report(tt: Test, details: fc.RunDetails<unknown>, names: readonly string[]): void {
  if (details.failed) tt.fail(`property failed: ${violation(details)}`, failureDiagnostics(details, names));
  else tt.pass(`${details.numRuns} runs, seed ${details.seed}`);
}

function violation(details: fc.RunDetails<unknown>): string {
  return details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
}

/** Seed, path, shrunk counterexample and the command that replays it, shown by tap under the failure. */
function failureDiagnostics(details: fc.RunDetails<unknown>, names: readonly string[]) {
  const file = relative(process.cwd(), process.argv[1] ?? 'dist/property-tests');
  return {
    seed: details.seed,
    path: details.counterexamplePath,
    counterexample: fc.stringify(details.counterexample),
    shrinks: details.numShrinks,
    replay: `FC_SEED=${details.seed} FC_PATH=${details.counterexamplePath} npx tap ${file} ${names.map((n) => `--grep='${escapeRegExp(n)}'`).join(' ')}`,
  };
}

/** tap's --grep takes a regular expression; test names hold parentheses and slashes. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
