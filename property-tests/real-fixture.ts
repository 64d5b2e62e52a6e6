// Runs this folder's fixture programs as real clusters through the runner's process-group harness.
import { runFixture } from '../runner/run-fixture.js';
import type { Observation } from '../runner/observations.js';
import { resolveRuntime } from '../runner/runtimes.js';
import { resolveTarget } from '../runner/targets.js';

/** The implementations the real-process properties run against. */
export const REAL_TARGETS = ['node:cluster', 'reference'] as const;
export type RealTarget = (typeof REAL_TARGETS)[number];

/** Generous for a 2-core machine under load; a run normally takes well under a second. */
export const FIXTURE_TIMEOUT_MS = 20_000;

export type PropertyFixtureRun = { observations: Observation[]; stderr: string };

/** Runs dist/property-tests/fixtures/<name>.js to its `done` line: the primary's observations, and stderr. */
export async function runPropertyFixture(name: string, target: RealTarget, args: readonly (string | number)[]): Promise<PropertyFixtureRun> {
  const result = await runFixture(`../property-tests/fixtures/${name}`, {
    target: resolveTarget(target).specifier,
    runtime: resolveRuntime(undefined),
    args: args.map(String),
    timeoutMs: FIXTURE_TIMEOUT_MS,
  });
  const primary = result.observations.filter((o) => o.role === 'primary');
  if (primary.some((o) => o.kind === 'done')) return { observations: primary, stderr: result.stderr };
  const why = result.timedOut ? `timed out after ${FIXTURE_TIMEOUT_MS} ms` : `exit code ${result.exitCode}, signal ${result.signal}`;
  const lines = result.stderr.trim().split('\n');
  const stderr = [lines.find((line) => /Error/.test(line)), ...lines.slice(-3)].filter(Boolean).join('\n');
  throw new Error(`fixture ${name} ${args.join(' ')} on ${target} did not finish (${why})${stderr ? `:\n${stderr}` : ''}`);
}

/** The observation of `kind` (the fixture reports it once). */
export function single(observations: readonly Observation[], kind: string): Observation {
  const found = observations.find((o) => o.kind === kind);
  if (!found) throw new Error(`no ${kind} observation`);
  return found;
}
