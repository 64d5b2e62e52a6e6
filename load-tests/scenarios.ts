// The four load shapes, each run against a started load server: counts are
// zeroed first and read back from the workers afterwards.
import autocannon, { type Result } from 'autocannon';
import { burst, sequential, type Outcome } from './clients.js';
import { percentile, type RawRun } from './metrics.js';
import type { LoadServer } from './server-handle.js';

export const scenarioNames = ['keepalive', 'churn', 'sequential', 'burst'] as const;
export type ScenarioName = (typeof scenarioNames)[number];

export interface ScenarioSettings {
  /** Seconds of autocannon load (keepalive, churn). */
  durationSec: number;
  /** Concurrent autocannon connections (keepalive, churn). */
  connections: number;
  /** Connections made one after another (sequential). */
  sequentialCount: number;
  /** Connections opened at once (burst). */
  burstCount: number;
}

export interface CannonOptions {
  connections: number;
  /** Either a duration in seconds or a fixed number of requests. */
  durationSec?: number;
  amount?: number;
  /** Open a new connection for every request. */
  churn: boolean;
}

/** Starts autocannon against the server; the instance can be stopped early. */
export function cannon(port: number, options: CannonOptions) {
  return autocannon({
    url: `http://127.0.0.1:${port}/`,
    connections: options.connections,
    ...(options.amount !== undefined ? { amount: options.amount } : { duration: options.durationSec ?? 1 }),
    ...(options.churn ? { reconnectRate: 1 } : {}),
    timeout: 10,
  });
}

// With reconnectRate autocannon drops each response before recording it, so
// under churn its latency (and request totals) read 0: report no latency then.
function fromCannon(result: Result, churn: boolean) {
  return {
    latency: churn ? null : { p50: result.latency.p50, p99: result.latency.p99 },
    errors: result.errors - result.timeouts, // autocannon counts timeouts among its errors
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

function fromClients(outcome: Outcome) {
  return {
    latency: { p50: percentile(outcome.latencies, 50), p99: percentile(outcome.latencies, 99) },
    errors: outcome.errors,
    timeouts: outcome.timeouts,
    non2xx: outcome.non2xx,
  };
}

async function load(port: number, name: ScenarioName, s: ScenarioSettings) {
  switch (name) {
    case 'keepalive':
      return fromCannon(await cannon(port, { connections: s.connections, durationSec: s.durationSec, churn: false }), false);
    case 'churn':
      return fromCannon(await cannon(port, { connections: s.connections, durationSec: s.durationSec, churn: true }), true);
    case 'sequential':
      return fromClients(await sequential(port, s.sequentialCount));
    case 'burst':
      return fromClients(await burst(port, s.burstCount));
  }
}

export async function runScenario(server: LoadServer, name: ScenarioName, settings: ScenarioSettings): Promise<RawRun> {
  await server.reset();
  const started = performance.now();
  const measured = await load(server.port, name, settings);
  const elapsedMs = performance.now() - started;
  const counts = await server.stats();
  return {
    connections: counts.map((c) => c.connections),
    requests: counts.map((c) => c.requests),
    elapsedMs,
    ...measured,
  };
}
