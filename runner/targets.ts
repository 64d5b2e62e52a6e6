// Which cluster implementation the fixtures load: the runtime's built-in
// node:cluster, this project's reference implementation, or a module file.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runFixture } from './run-fixture.js';
import type { Runtime } from './runtimes.js';
import { UsageError } from './usage-error.js';

export interface Target {
  /** As the user named it: node:cluster, reference, or the path given. */
  name: string;
  /** Module specifier the fixtures import (CLUSTER_CONFORMANCE_TARGET). */
  specifier: string;
}

export const REFERENCE_ENTRY = fileURLToPath(new URL('../reference/esm.js', import.meta.url));
/** The reference in its Node-compatible mode (reference/compat-mode.cts). */
export const REFERENCE_NODE_ENTRY = fileURLToPath(new URL('../reference/node-esm.js', import.meta.url));
const BUILT_IN_TARGETS: Record<string, string> = { reference: REFERENCE_ENTRY, 'reference-node': REFERENCE_NODE_ENTRY };
/** Without these a module cannot be driven at all; other missing members only fail the checks that use them. */
const ESSENTIAL_MEMBERS = ['fork', 'isPrimary', 'on'];
const MAX_PROBE_TIMEOUT_MS = 15_000;

export function resolveTarget(spec: string | undefined, cwd = process.cwd()): Target {
  if (spec === undefined || spec === '' || spec === 'node:cluster' || spec === 'cluster') return { name: 'node:cluster', specifier: 'node:cluster' };
  const entry = BUILT_IN_TARGETS[spec];
  if (entry !== undefined) {
    if (!existsSync(entry)) throw new UsageError(`reference implementation not built: ${entry} is missing (run npm run build)`);
    return { name: spec, specifier: pathToFileURL(entry).href };
  }
  const file = spec.startsWith('file:') ? fileURLToPath(spec) : path.resolve(cwd, spec);
  if (!existsSync(file)) throw new UsageError(`unknown target ${spec}: expected node:cluster, reference, reference-node or the path of an existing module`);
  return { name: spec, specifier: pathToFileURL(file).href };
}

/** Loads the target once in the chosen runtime; a module that cannot be driven is a usage error. */
export async function probeTarget(target: Target, runtime: Runtime, checkTimeoutMs: number): Promise<{ missing: string[]; nodeVersion?: string }> {
  const timeoutMs = Math.min(MAX_PROBE_TIMEOUT_MS, checkTimeoutMs);
  const run = await runFixture('target-probe', { target: target.specifier, runtime, timeoutMs });
  const found = run.observations.find((observation) => observation.kind === 'target');
  if (run.timedOut) throw new UsageError(`target ${target.name} did not finish loading within ${timeoutMs} ms`);
  if (!found) {
    const why = run.stderr.trim().split('\n').find((line) => /error/i.test(line)) ?? `exit code ${run.exitCode}`;
    throw new UsageError(`target ${target.name} could not be probed in ${runtime.name}: ${why}`);
  }
  if (typeof found.importError === 'string') throw new UsageError(`target ${target.name} threw while loading: ${found.importError}`);
  const missing = (found.missing as string[]) ?? [];
  const lacking = ESSENTIAL_MEMBERS.filter((member) => missing.includes(member));
  if (!found.isObject || lacking.length > 0) {
    throw new UsageError(`target ${target.name} does not export a cluster API (missing ${lacking.join(', ') || 'an object'})`);
  }
  // The Node version the runtime reports to programs (Bun and Deno report the one they follow).
  return typeof found.nodeVersion === 'string' ? { missing, nodeVersion: found.nodeVersion } : { missing };
}
