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

/** Who is in the rotation and what each worker holds unacknowledged, replayed event by event. */
class Holdings {
  readonly members = new Set<number>();
  readonly held = new Map<number, Set<number>>();

  count(worker: number): number {
    return this.held.get(worker)?.size ?? 0;
  }

  /** Call after judging `e` against the state before it. */
  apply(e: Event): void {
    if (e.kind === 'join') this.members.add(e.worker);
    if (e.kind === 'leave') {
      this.members.delete(e.worker);
      this.held.delete(e.worker);
    }
    if (e.kind === 'refuse') this.members.delete(e.worker);
    if (e.kind === 'accept' || e.kind === 'refuse') this.held.get(e.worker)?.delete(e.connection);
    if (e.kind === 'handoff') this.held.set(e.worker, (this.held.get(e.worker) ?? new Set()).add(e.connection));
  }
}

/** A worker is never handed a connection while it holds `capacity` it has not acknowledged. */
export function atMostCapacity(capacity: number): (log: readonly Event[]) => Verdict {
  return (log) => {
    const h = new Holdings();
    for (const e of log) {
      if (e.kind === 'handoff' && h.count(e.worker) >= capacity) {
        const holding = [...(h.held.get(e.worker) ?? [])].join(', ');
        return `worker ${e.worker} handed connection ${e.connection} while holding ${holding} (capacity ${capacity}, t=${e.t})`;
      }
      h.apply(e);
    }
    return undefined;
  };
}

/** A connection never goes to a worker holding k while another member holds fewer than k. */
export function fewestHeldFirst(log: readonly Event[]): Verdict {
  const h = new Holdings();
  for (const e of log) {
    if (e.kind === 'handoff') {
      const k = h.count(e.worker);
      const lighter = [...h.members].find((w) => h.count(w) < k);
      if (lighter !== undefined) {
        return `connection ${e.connection} handed to worker ${e.worker} holding ${k} while worker ${lighter} held ${h.count(lighter)} (t=${e.t})`;
      }
    }
    h.apply(e);
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

/**
 * Among equally loaded workers the one waiting longest goes first: while a member holds k connections
 * (no handoff to it, no answer from it), no other worker is handed two connections each while holding k.
 * At capacity 1 (k = 0): no worker gets two connections while another stays free.
 */
export function noStarvation(log: readonly Event[]): Verdict {
  const h = new Holdings();
  /** Member -> the count it has held unchanged, and handoffs to each other worker at that count since. */
  const waiting = new Map<number, { k: number; overtakes: Map<number, number> }>();
  const restart = (worker: number) => {
    if (h.members.has(worker)) waiting.set(worker, { k: h.count(worker), overtakes: new Map() });
    else waiting.delete(worker);
  };
  for (const e of log) {
    if (e.kind === 'handoff') {
      const k = h.count(e.worker);
      for (const [waiter, state] of waiting) {
        if (waiter === e.worker || state.k !== k) continue;
        const n = (state.overtakes.get(e.worker) ?? 0) + 1;
        if (n === 2) {
          return `worker ${e.worker} got a second connection holding ${k} while worker ${waiter} held ${k} throughout (t=${e.t})`;
        }
        state.overtakes.set(e.worker, n);
      }
    }
    h.apply(e);
    if (e.kind === 'join' || e.kind === 'leave' || e.kind === 'handoff' || e.kind === 'accept' || e.kind === 'refuse') restart(e.worker);
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
