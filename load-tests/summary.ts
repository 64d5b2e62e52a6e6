// Pure: the run plan (alternating targets and policies) and the summary of
// repeated runs into one entry per scenario × target × policy × workers,
// with medians and the side-by-side ratios.
import { median, ratio, type Metrics } from './metrics.js';
import type { ScenarioName } from './scenarios.js';
import type { Policy } from './server-handle.js';

export interface Group {
  target: string;
  policy: Policy;
  workers: number;
  rep: number;
}

export interface RunRecord extends Group {
  scenario: ScenarioName;
  metrics: Metrics;
}

export interface Medians {
  requestsPerSec: number;
  newConnectionsPerSec: number;
  /** Jain's index over connections and over requests. */
  jain: number;
  requestJain: number;
  cv: number;
  maxShare: number;
  minShare: number;
  latencyP50Ms: number | null;
  latencyP99Ms: number | null;
  errors: number;
  timeouts: number;
  non2xx: number;
}

export interface Ratios {
  requestsPerSec: number | null;
  newConnectionsPerSec: number | null;
  jain: number | null;
}

export interface Entry {
  scenario: ScenarioName;
  target: string;
  policy: Policy;
  workers: number;
  reps: number;
  median: Medians;
  ratios: {
    /** This target's medians / node:cluster's (same scenario, policy, workers); null for node:cluster. */
    vsNodeCluster: Ratios | null;
    /** This policy's medians / rr's (same scenario, target, workers); null for rr. */
    vsRoundRobin: Ratios | null;
  };
}

/** Repetition-major order, so targets and policies alternate: A B A B … */
export function plan(targets: string[], policies: Policy[], workers: number[], reps: number): Group[] {
  return workers.flatMap((w) =>
    Array.from({ length: reps }, (_, rep) => targets.flatMap((target) => policies.map((policy) => ({ target, policy, workers: w, rep: rep + 1 })))).flat(),
  );
}

function medianOrNull(values: Array<number | null>): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? median(known) : null;
}

function mediansOf(ms: Metrics[]): Medians {
  const of = (pick: (m: Metrics) => number) => median(ms.map(pick));
  return {
    requestsPerSec: of((m) => m.requestsPerSec),
    newConnectionsPerSec: of((m) => m.newConnectionsPerSec),
    jain: of((m) => m.connectionBalance.jain),
    requestJain: of((m) => m.requestBalance.jain),
    cv: of((m) => m.connectionBalance.cv),
    maxShare: of((m) => m.connectionBalance.maxShare),
    minShare: of((m) => m.connectionBalance.minShare),
    latencyP50Ms: medianOrNull(ms.map((m) => m.latencyP50Ms)),
    latencyP99Ms: medianOrNull(ms.map((m) => m.latencyP99Ms)),
    errors: of((m) => m.errors),
    timeouts: of((m) => m.timeouts),
    non2xx: of((m) => m.non2xx),
  };
}

function ratios(a: Medians, b: Medians): Ratios {
  return {
    requestsPerSec: ratio(a.requestsPerSec, b.requestsPerSec),
    newConnectionsPerSec: ratio(a.newConnectionsPerSec, b.newConnectionsPerSec),
    jain: ratio(a.jain, b.jain),
  };
}

const keyOf = (r: { scenario: string; target: string; policy: string; workers: number }) => `${r.scenario}|${r.target}|${r.policy}|${r.workers}`;

export function summarize(runs: RunRecord[]): Entry[] {
  const groups = new Map<string, RunRecord[]>();
  for (const run of runs) groups.set(keyOf(run), [...(groups.get(keyOf(run)) ?? []), run]);

  const base = [...groups.values()].map((rs) => {
    const { scenario, target, policy, workers } = rs[0]!;
    return {
      scenario,
      target,
      policy,
      workers,
      reps: rs.length,
      median: mediansOf(rs.map((r) => r.metrics)),
    };
  });
  const medianOf = new Map(base.map((e) => [keyOf(e), e.median]));
  return base.map((e) => {
    const node = e.target === 'node:cluster' ? undefined : medianOf.get(keyOf({ ...e, target: 'node:cluster' }));
    const rr = e.policy === 'rr' ? undefined : medianOf.get(keyOf({ ...e, policy: 'rr' }));
    return {
      ...e,
      ratios: { vsNodeCluster: node ? ratios(e.median, node) : null, vsRoundRobin: rr ? ratios(e.median, rr) : null },
    };
  });
}

/** The rate that matters for a scenario: requests/s with keep-alive, new connections/s otherwise. */
export function headline(scenario: ScenarioName): { label: string; pick: (m: Medians | Ratios) => number | null } {
  return scenario === 'keepalive'
    ? { label: 'req/s', pick: (m) => m.requestsPerSec }
    : { label: 'new conn/s', pick: (m) => m.newConnectionsPerSec };
}
