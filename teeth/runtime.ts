// Which Node a planted module runs on. A module breaking a clause that SPEC.md marks `Node ≥ X.Y` needs such a
// Node: the one running teeth when it is recent enough, else the newest Node in .cache/runtimes/ (npm run
// fetch-runtimes); with none there, it is skipped, saying why. `--runtime` given by hand applies to every module.
// Choosing is pure; finding the cached Nodes is the only I/O.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { binaryPath, RUNTIME_NAMES } from '../matrix/runtimes.js';
import { resolveRuntime } from '../runner/runtimes.js';
import { appliesToNode, describeSince } from '../trace/clause-source.js';
import type { Clause, ClauseSource } from '../trace/types.js';

export interface NodeBinary {
  path: string;
  /** `26.12.1` */
  version: string;
}

/** Runs on the runtime of the whole run (no `runtime`), on another Node, or not at all (`skip` says why). */
export type RuntimeChoice = { runtime?: NodeBinary; skip?: undefined } | { runtime?: undefined; skip: string };

const numbers = (version: string) => version.split('.').map((part) => Number.parseInt(part, 10) || 0);

function newerFirst(a: NodeBinary, b: NodeBinary): number {
  const [x, y] = [numbers(a.version), numbers(b.version)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (y[i] ?? 0) - (x[i] ?? 0);
  return 0;
}

/** The source of the clause among `breaks` that needs the most recent Node, or undefined when none names one. */
export function neededNode(breaks: readonly string[], clauses: ReadonlyMap<string, Clause>): ClauseSource | undefined {
  const since = breaks.map((id) => clauses.get(id)?.source).filter((source) => source?.since !== undefined) as ClauseSource[];
  return since.sort((a, b) => b.since![0] - a.since![0] || b.since![1] - a.since![1])[0];
}

/** Whether a module breaking `breaks` needs a more recent Node than `current`. */
export function needsOtherNode(breaks: readonly string[], clauses: ReadonlyMap<string, Clause>, current: string): boolean {
  return !appliesToNode(neededNode(breaks, clauses), current);
}

/** Where a module whose clauses need `need` runs, when teeth runs on Node `current` and `cached` are there (pure). */
export function chooseRuntime(need: ClauseSource | undefined, current: string, cached: readonly NodeBinary[]): RuntimeChoice {
  if (appliesToNode(need, current)) return {};
  const newest = cached.filter((node) => appliesToNode(need, node.version)).sort(newerFirst)[0];
  if (newest) return { runtime: newest };
  return { skip: `it breaks a clause that applies from ${describeSince(need)}: teeth runs on Node ${current}, and .cache/runtimes/ has no such Node (npm run fetch-runtimes)` };
}

/** The Nodes installed in `<root>/.cache/runtimes/` by npm run fetch-runtimes, with their versions. */
export function cachedNodes(root: string): NodeBinary[] {
  const cache = path.join(root, '.cache', 'runtimes');
  return RUNTIME_NAMES.filter((name) => /^node\d+$/.test(name)).flatMap((name) => {
    const file = binaryPath(cache, name);
    if (!existsSync(file)) return [];
    try {
      const runtime = resolveRuntime(file);
      return runtime.name === 'node' ? [{ path: file, version: runtime.version }] : [];
    } catch {
      return []; // a broken download: as if it were not there
    }
  });
}
