// Runs this folder's fixture programs as real clusters through the runner's process-group harness.
import { runFixture } from '../runner/run-fixture.js';
import type { Observation } from '../runner/observations.js';
import { resolveRuntime } from '../runner/runtimes.js';
import { resolveTarget } from '../runner/targets.js';

/** The implementations the real-process properties run against. */
export const REAL_TARGETS = ['node:cluster', 'reference'] as const;
export type RealTarget = (typeof REAL_TARGETS)[number];

/** Generous for a 2-core machine under load; a run normally takes well under a second. */
const FIXTURE_TIMEOUT_MS = 20_000;

/** Runs dist/property-tests/fixtures/<name>.js and returns the primary's `done` observation. */
export async function runPropertyFixture(name: string, target: RealTarget, args: readonly (string | number)[]): Promise<Observation> {
  const result = await runFixture(`../property-tests/fixtures/${name}`, {
    target: resolveTarget(target).specifier,
    runtime: resolveRuntime(undefined),
    args: args.map(String),
    timeoutMs: FIXTURE_TIMEOUT_MS,
  });
  const done = result.observations.find((o) => o.role === 'primary' && o.kind === 'done');
  if (done) return done;
  const why = result.timedOut ? `timed out after ${FIXTURE_TIMEOUT_MS} ms` : `exit code ${result.exitCode}, signal ${result.signal}`;
  const stderr = result.stderr.trim().split('\n').slice(-5).join('\n');
  throw new Error(`fixture ${name} ${args.join(' ')} on ${target} did not finish (${why})${stderr ? `:\n${stderr}` : ''}`);
}
