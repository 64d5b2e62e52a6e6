// Plain HTTP clients for the scenarios autocannon does not model: one request
// per fresh connection, either strictly one after another or all at once.
import http from 'node:http';

export interface Outcome {
  latencies: number[];
  errors: number;
  timeouts: number;
  non2xx: number;
}

const requestTimeoutMs = 5_000;

type Single = { kind: 'ok' | 'non2xx'; ms: number } | { kind: 'error' | 'timeout' };

/** One GET on its own connection (no agent, Connection: close). */
function single(port: number): Promise<Single> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const req = http.get({ host: '127.0.0.1', port, path: '/', agent: false, timeout: requestTimeoutMs }, (res) => {
      res.resume();
      res.on('end', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        resolve({ kind: res.statusCode !== undefined && res.statusCode < 300 && res.statusCode >= 200 ? 'ok' : 'non2xx', ms });
      });
      res.on('error', () => resolve({ kind: 'error' }));
    });
    req.on('timeout', () => {
      req.destroy();
      resolve({ kind: 'timeout' });
    });
    req.on('error', () => resolve({ kind: 'error' }));
  });
}

function tally(results: readonly Single[]): Outcome {
  const outcome: Outcome = { latencies: [], errors: 0, timeouts: 0, non2xx: 0 };
  for (const r of results) {
    if ('ms' in r) outcome.latencies.push(r.ms);
    if (r.kind === 'error') outcome.errors++;
    if (r.kind === 'timeout') outcome.timeouts++;
    if (r.kind === 'non2xx') outcome.non2xx++;
  }
  return outcome;
}

/**
 * `count` connections, each opened only after the previous one's response.
 * Connections not yet made when `budgetMs` runs out count as timeouts.
 */
export async function sequential(port: number, count: number, budgetMs = 20_000): Promise<Outcome> {
  const deadline = performance.now() + budgetMs;
  const results: Single[] = [];
  for (let i = 0; i < count; i++) results.push(performance.now() < deadline ? await single(port) : { kind: 'timeout' });
  return tally(results);
}

/** `count` connections opened at the same moment. */
export async function burst(port: number, count: number): Promise<Outcome> {
  return tally(await Promise.all(Array.from({ length: count }, () => single(port))));
}

/** Fresh connections one after another until `signal` aborts (or `maxCount` is reached). */
export async function probe(port: number, signal: AbortSignal, maxCount = 100_000): Promise<Outcome> {
  const results: Single[] = [];
  while (!signal.aborted && results.length < maxCount) results.push(await single(port));
  return tally(results);
}
