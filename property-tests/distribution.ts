// Judging how real connections were spread over workers (pure).
import type { Verdict } from './scheduler-properties.js';

/** Connections served per worker ID, from the IDs the workers answered with (errors count under their text). */
export function servedCounts(served: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const id of served) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
}

/** Every connection served by one of workers 1..`workers`, and their counts within 1 of each other. */
export function spreadWithinOne(served: readonly string[], workers: number): Verdict {
  const counts = servedCounts(served);
  const ids = Array.from({ length: workers }, (_, i) => String(i + 1));
  const stray = Object.keys(counts).filter((id) => !ids.includes(id));
  if (stray.length > 0) return `connections not served by a worker 1..${workers}: ${JSON.stringify(stray)}`;
  const perWorker = ids.map((id) => counts[id] ?? 0);
  if (Math.max(...perWorker) - Math.min(...perWorker) > 1) return `per-worker counts ${JSON.stringify(counts)} differ by more than 1`;
  return undefined;
}
