// Operations under load: while autocannon holds keep-alive connections and a
// probe opens fresh connections one after another, replace every worker
// (rolling restart) or SIGKILL one, then check who failed and that the
// remaining workers still serve.
import { probe } from './clients.js';
import { cannon } from './scenarios.js';
import { LoadServer, type Policy } from './server-handle.js';

export const operationNames = ['rolling-restart', 'rolling-restart-plain', 'sigkill'] as const;
export type OperationName = (typeof operationNames)[number];

export interface OperationSettings {
  workers: number;
  connections: number;
  /** Load before the operation starts and after it ends, in ms. */
  settleMs: number;
}

export interface OperationResult {
  operation: OperationName;
  target: string;
  policy: Policy;
  workers: number;
  /** Requests autocannon completed, and its failures. */
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** errors + timeouts + non2xx of autocannon plus failures of the probe. */
  failed: number;
  probe: { requests: number; failed: number };
  /** sigkill: connections the killed worker held; at most one request each was in flight. */
  victimConnections?: number;
  /** Requests the workers served in the settle period after the operation. */
  servedAfter: number;
  serviceContinued: boolean;
  operationMs: number;
  /** Compact lifecycle history, e.g. "exit:1:SIGKILL". */
  lifecycle: string[];
  /** Set when the operation itself failed (timeout, server gone). */
  error?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the operation; for a kill, resolves with the victim's open connections. */
async function perform(server: LoadServer, operation: OperationName): Promise<number | undefined> {
  if (operation === 'sigkill') return server.kill();
  await server.restart(operation === 'rolling-restart');
  return undefined;
}

export async function runOperation(
  target: { name: string; specifier: string },
  policy: Policy,
  operation: OperationName,
  settings: OperationSettings,
): Promise<OperationResult> {
  const server = await LoadServer.start({ specifier: target.specifier, policy, workers: settings.workers, ttlMs: 120_000 });
  try {
    // Duration is only a cap: the load is stopped once the operation is over.
    const load = cannon(server.port, { connections: settings.connections, durationSec: 60, churn: false });
    const stopProbe = new AbortController();
    const probing = probe(server.port, stopProbe.signal);
    await sleep(settings.settleMs);

    const started = performance.now();
    let error: string | undefined;
    const victimConnections = await perform(server, operation).catch((e: unknown) => {
      error = e instanceof Error ? e.message : String(e);
      return undefined;
    });
    const operationMs = performance.now() - started;

    await server.reset().catch(() => undefined);
    await sleep(settings.settleMs);
    const after = await server.stats().catch(() => []);
    load.stop();
    stopProbe.abort();
    const [result, probed] = await Promise.all([load, probing]);

    const servedAfter = after.reduce((n, c) => n + c.requests, 0);
    const probeFailed = probed.errors + probed.timeouts + probed.non2xx;
    return {
      operation,
      target: target.name,
      policy,
      workers: settings.workers,
      requests: result.requests.total,
      errors: result.errors - result.timeouts,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      failed: result.errors + result.non2xx + probeFailed,
      probe: { requests: probed.latencies.length + probed.errors + probed.timeouts, failed: probeFailed },
      ...(victimConnections === undefined ? {} : { victimConnections }),
      servedAfter,
      serviceContinued: servedAfter > 0,
      operationMs,
      lifecycle: server.events.flatMap((e) =>
        e.type === 'lifecycle' && (e.event === 'exit' || e.event === 'listening' || e.event === 'disconnect')
          ? [[e.event, e.id, e.signal ?? e.code].filter((x) => x !== undefined).join(':')]
          : [],
      ),
      ...(error === undefined ? {} : { error }),
    };
  } finally {
    await server.close();
  }
}
