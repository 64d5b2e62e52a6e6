/**
 * Entry point: the process is a worker when the primary marked it so in its environment, else a primary
 * (SPEC cluster.isPrimary, cluster.isWorker; see README "Coexistence with node:cluster" for why the mark
 * is not NODE_UNIQUE_ID).
 */
import { TOKEN_ENV, WORKER_ID_ENV } from './protocol.cjs';
import { createPrimary, type PrimaryCluster } from './primary.cjs';
import { createWorker, type WorkerCluster } from './worker-side.cjs';

function createCluster(): PrimaryCluster | WorkerCluster {
  const id = process.env[WORKER_ID_ENV];
  const token = process.env[TOKEN_ENV];
  if (id === undefined || token === undefined || !process.send) return createPrimary();
  // Not inherited by the worker's own children: they are not workers of this cluster.
  delete process.env[WORKER_ID_ENV];
  delete process.env[TOKEN_ENV];
  return createWorker(Number(id), token);
}

const cluster = createCluster();
export = cluster;
