// Pure metrics of one load run: balance of the per-worker counts, rates,
// latency percentiles and failures. No I/O, so it is unit-tested directly.

export interface Balance {
  /** Jain's fairness index, (Σx)² / (n·Σx²): 1 = perfectly even, 1/n = one worker takes all. */
  jain: number;
  /** Coefficient of variation: population standard deviation / mean (0 = even). */
  cv: number;
  /** Largest and smallest share of the total, in [0, 1]. */
  maxShare: number;
  minShare: number;
}

/** What one scenario run measured, before any derivation. */
export interface RawRun {
  /** Per-worker counts as the workers reported them, ordered by worker id. */
  connections: number[];
  requests: number[];
  elapsedMs: number;
  /** Client-side latency percentiles in ms; null when the client could not measure them. */
  latency: { p50: number; p99: number } | null;
  errors: number;
  timeouts: number;
  non2xx: number;
}

export interface Metrics {
  workers: number;
  connections: number[];
  requests: number[];
  totalConnections: number;
  totalRequests: number;
  connectionBalance: Balance;
  requestBalance: Balance;
  requestsPerSec: number;
  newConnectionsPerSec: number;
  latencyP50Ms: number | null;
  latencyP99Ms: number | null;
  errors: number;
  timeouts: number;
  non2xx: number;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

function checkCounts(counts: readonly number[]): void {
  if (counts.length === 0) throw new Error('metrics: need at least one worker count');
  if (counts.some((c) => !Number.isFinite(c) || c < 0)) throw new Error(`metrics: counts must be finite and ≥ 0, got ${counts.join(',')}`);
}

/** Jain's index; all-zero counts count as even (1). */
export function jain(counts: readonly number[]): number {
  checkCounts(counts);
  const squares = sum(counts.map((c) => c * c));
  return squares === 0 ? 1 : sum(counts) ** 2 / (counts.length * squares);
}

/** Coefficient of variation; 0 when the mean is 0. */
export function coefficientOfVariation(counts: readonly number[]): number {
  checkCounts(counts);
  const mean = sum(counts) / counts.length;
  if (mean === 0) return 0;
  const variance = sum(counts.map((c) => (c - mean) ** 2)) / counts.length;
  return Math.sqrt(variance) / mean;
}

/** Each count's share of the total; all-zero counts share evenly. */
export function shares(counts: readonly number[]): number[] {
  checkCounts(counts);
  const total = sum(counts);
  return counts.map((c) => (total === 0 ? 1 / counts.length : c / total));
}

export function balance(counts: readonly number[]): Balance {
  const s = shares(counts);
  return { jain: jain(counts), cv: coefficientOfVariation(counts), maxShare: Math.max(...s), minShare: Math.min(...s) };
}

/** Nearest-rank percentile (p in (0, 100]) of unsorted samples; 0 for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new Error(`metrics: percentile must be in (0, 100], got ${p}`);
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1]!;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('metrics: median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** a / b, or null when b is 0 (a ratio to nothing says nothing). */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

export function metricsOf(run: RawRun): Metrics {
  if (run.connections.length !== run.requests.length) throw new Error('metrics: connection and request counts differ in length');
  if (!(run.elapsedMs > 0)) throw new Error(`metrics: elapsed time must be > 0 ms, got ${run.elapsedMs}`);
  const totalConnections = sum(run.connections);
  const totalRequests = sum(run.requests);
  const seconds = run.elapsedMs / 1000;
  return {
    workers: run.connections.length,
    connections: [...run.connections],
    requests: [...run.requests],
    totalConnections,
    totalRequests,
    connectionBalance: balance(run.connections),
    requestBalance: balance(run.requests),
    requestsPerSec: totalRequests / seconds,
    newConnectionsPerSec: totalConnections / seconds,
    latencyP50Ms: run.latency?.p50 ?? null,
    latencyP99Ms: run.latency?.p99 ?? null,
    errors: run.errors,
    timeouts: run.timeouts,
    non2xx: run.non2xx,
  };
}
