// Targets of the load tests: the runner's resolution (node:cluster, reference
// or a module path), plus a load check in this process, turned into either a
// runnable target or the reason it is skipped.
import { resolveTarget as resolveRunnerTarget } from '../runner/targets.js';

export type Resolved = { name: string; specifier: string } | { name: string; skipped: string };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export async function resolveTarget(name: string): Promise<Resolved> {
  let specifier: string;
  try {
    specifier = resolveRunnerTarget(name).specifier;
  } catch (error) {
    return { name, skipped: message(error) };
  }
  try {
    const loaded = await import(specifier);
    const api = loaded.default ?? loaded;
    if (typeof api?.fork !== 'function') return { name, skipped: `${specifier} does not export a cluster API (no fork())` };
  } catch (error) {
    return { name, skipped: `${specifier} failed to load: ${message(error)}` };
  }
  return { name, specifier };
}
