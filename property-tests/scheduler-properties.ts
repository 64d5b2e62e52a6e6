/**
 * Checks over a simulation log (see scheduler-simulation.ts). Each returns a description of the first
 * violation, or undefined when the log satisfies the property. Pure.
 */
import type { Event } from './scheduler-simulation.js';

export type Verdict = string | undefined;

/** Every connection ends exactly once: accepted by one worker, or closed. The log ends at quiescence. */
export function conservation(log: readonly Event[]): Verdict {
  const ends = new Map<number, number>();
  for (const e of log) {
    if (e.kind === 'stuck') return 'acknowledgements never stopped (no quiescence)';
    if (e.kind === 'arrive') ends.set(e.connection, 0);
    if (e.kind === 'accept' || e.kind === 'close') {
      const count = ends.get(e.connection);
      if (count === undefined) return `connection ${e.connection} ended without having arrived`;
      if (count > 0) return `connection ${e.connection} ended twice (second: ${e.kind} at t=${e.t})`;
      ends.set(e.connection, 1);
    }
  }
  for (const [connection, count] of ends) if (count === 0) return `connection ${connection} never ended`;
  return undefined;
}

/** A worker is never handed a connection while it holds one it has not acknowledged. */
export function oneUnacknowledged(log: readonly Event[]): Verdict {
  const holding = new Map<number, number>();
  for (const e of log) {
    if (e.kind === 'handoff') {
      const previous = holding.get(e.worker);
      if (previous !== undefined) {
        return `worker ${e.worker} handed connection ${e.connection} while holding ${previous} (t=${e.t})`;
      }
      holding.set(e.worker, e.connection);
    }
    if (e.kind === 'accept' || e.kind === 'refuse' || e.kind === 'leave') holding.delete(e.worker);
  }
  return undefined;
}

/** Handoffs go only to workers in the rotation: joined, and neither left nor refused since. */
export function onlyToMembers(log: readonly Event[]): Verdict {
  const members = new Set<number>();
  for (const e of log) {
    if (e.kind === 'join') members.add(e.worker);
    if (e.kind === 'leave' || e.kind === 'refuse') members.delete(e.worker);
    if (e.kind === 'handoff' && !members.has(e.worker)) {
      return `connection ${e.connection} handed to worker ${e.worker}, which is not in the rotation (t=${e.t})`;
    }
  }
  return undefined;
}

/**
 * A refused connection goes next to another worker: it is never handed back to the refuser, and no
 * connection waiting at the refusal (or arriving after it) is handed or closed before it.
 */
export function refusedGoesFirstElsewhere(log: readonly Event[]): Verdict {
  const waiting = new Set<number>();
  /** Refused connection -> the connections that must not overtake it, and who refused it. */
  const refused = new Map<number, { refuser: number; behind: Set<number> }>();
  for (const e of log) {
    if (e.kind === 'arrive') {
      waiting.add(e.connection);
      for (const r of refused.values()) r.behind.add(e.connection);
    }
    if (e.kind === 'handoff' || e.kind === 'close') {
      const own = refused.get(e.connection);
      if (own && e.kind === 'handoff' && e.worker === own.refuser) {
        return `connection ${e.connection} handed back to worker ${e.worker}, which refused it (t=${e.t})`;
      }
      for (const [connection, r] of refused) {
        if (r.behind.has(e.connection)) {
          return `connection ${e.connection} went (${e.kind}) before refused connection ${connection} (t=${e.t})`;
        }
      }
      refused.delete(e.connection);
      waiting.delete(e.connection);
    }
    if (e.kind === 'refuse') refused.set(e.connection, { refuser: e.worker, behind: new Set(waiting) });
  }
  return undefined;
}

/** While a worker is free, no other worker is handed two connections (free workers are not starved). */
export function noStarvation(log: readonly Event[]): Verdict {
  /** Free worker -> handoffs to each other worker since it became free. */
  const free = new Map<number, Map<number, number>>();
  for (const e of log) {
    if (e.kind === 'join' || e.kind === 'accept') free.set(e.worker, new Map());
    if (e.kind === 'leave' || e.kind === 'refuse') free.delete(e.worker);
    if (e.kind !== 'handoff') continue;
    free.delete(e.worker);
    for (const [waiter, counts] of free) {
      const n = (counts.get(e.worker) ?? 0) + 1;
      if (n === 2) return `worker ${e.worker} got a second connection while worker ${waiter} stayed free (t=${e.t})`;
      counts.set(e.worker, n);
    }
  }
  return undefined;
}

/** Per-worker counts of `kind` events never differ by more than 1 among the given workers. */
export function balancedWithinOne(log: readonly Event[], workers: readonly number[], kind: 'handoff' | 'accept'): Verdict {
  const counts = new Map(workers.map((w) => [w, 0]));
  for (const e of log) {
    if (e.kind !== kind) continue;
    counts.set(e.worker, (counts.get(e.worker) ?? 0) + 1);
    const values = [...counts.values()];
    if (Math.max(...values) - Math.min(...values) > 1) {
      return `${kind} counts ${JSON.stringify(Object.fromEntries(counts))} differ by more than 1 (t=${e.t})`;
    }
  }
  return undefined;
}

/** Each worker accepted exactly `expected[worker]` connections up to and including time `until`. */
export function acceptedByTime(log: readonly Event[], until: number, expected: readonly number[]): Verdict {
  const counts = expected.map(() => 0);
  for (const e of log) if (e.kind === 'accept' && e.t <= until) counts[e.worker] = (counts[e.worker] ?? 0) + 1;
  const same = counts.length === expected.length && counts.every((c, i) => c === expected[i]);
  return same ? undefined : `accepted by t=${until}: ${JSON.stringify(counts)}, expected ${JSON.stringify(expected)}`;
}
