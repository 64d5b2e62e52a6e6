// Which planted modules a run covers (pure): --only, the npm-test sample, the full-suite sample.
import { sectionOf } from '../runner/results.js';
import { UsageError } from '../runner/usage-error.js';
import type { CatchKind } from './catch.js';
import type { PlantedModule } from './corpus.js';

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

/** `--only`: modules breaking a named clause or a clause of a named section, or named by file (with or without `.cjs`). */
export function selectOnly(modules: readonly PlantedModule[], only: readonly string[]): PlantedModule[] {
  if (only.length === 0) return [...modules];
  const matches = (module: PlantedModule, token: string) =>
    module.breaks.some((id) => id === token || sectionOf(id) === token) || [module.file, baseName(module.file)].some((name) => name === token || name === `${token}.cjs`);
  const unmatched = only.filter((token) => !modules.some((m) => matches(m, token)));
  if (unmatched.length > 0) throw new UsageError(`--only: no planted module breaks or is named ${unmatched.join(', ')}`);
  return modules.filter((m) => only.some((token) => matches(m, token)));
}

/** `n` items spread evenly over `items` (the middle of each of `n` equal slices), in their order. */
export function evenlySpaced<T>(items: readonly T[], n: number): T[] {
  if (n >= items.length) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor(((i + 0.5) * items.length) / n)]);
}

/** What an earlier run recorded about a module, to keep slow ones out of the npm-test sample. */
export interface EarlierRun {
  file: string;
  durationMs: number;
  kinds: CatchKind[];
  caught: boolean;
}

/** Modules quick to catch per the earlier run: caught there, by an assertion, in less than `maxMs`. Unknown modules count as quick. */
export function quickOnes(modules: readonly PlantedModule[], earlier: readonly EarlierRun[], maxMs: number): PlantedModule[] {
  const known = new Map(earlier.map((e) => [e.file, e]));
  return modules.filter((m) => {
    const run = known.get(m.file);
    return !run || (run.caught && run.durationMs < maxMs && run.kinds.every((kind) => kind === 'assertion'));
  });
}

/** The clauses a scoped run of these modules must report: what they break and what they touch. */
export function clausesOf(modules: readonly PlantedModule[]): string[] {
  return [...new Set(modules.flatMap((m) => [...m.breaks, ...m.touches]))];
}
