// HTTP cluster server driven by the load tests. Environment:
//   CLUSTER_CONFORMANCE_TARGET  implementation under test (see fixtures/lib/cluster-target.ts)
//   NODE_CLUSTER_SCHED_POLICY   'rr' or 'none' (read by the cluster module itself)
//   LOAD_WORKERS                number of workers (default 2)
//   LOAD_TTL_MS                 hard lifetime; the server kills itself after it (default 120000)
import cluster from '../fixtures/lib/cluster-target.js';
import { runPrimary, shutdown } from './server-primary.js';
import { runWorker } from './server-worker.js';

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    process.stderr.write(`load server: ${name} must be a positive integer, got ${JSON.stringify(raw)}\n`);
    process.exit(2);
  }
  return value;
}

if (cluster.isPrimary) {
  const workers = positiveInt('LOAD_WORKERS', 2);
  const ttl = positiveInt('LOAD_TTL_MS', 120_000);
  setTimeout(() => {
    process.stderr.write(`load server: lifetime of ${ttl} ms reached, shutting down\n`);
    shutdown(cluster);
  }, ttl).unref();
  runPrimary(cluster, workers).catch((error: unknown) => {
    process.stdout.write(`${JSON.stringify({ type: 'error', message: String(error) })}\n`);
    shutdown(cluster);
  });
} else {
  runWorker();
}
