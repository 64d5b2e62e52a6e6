/**
 * Entry point: the process is a worker when the primary marked it so, else a primary (SPEC cluster.isPrimary-01, -03,
 * cluster.isWorker-01). The mark is the reference's own (see worker-mark.cts). NODE_UNIQUE_ID set at start-up
 * makes a worker too (SPEC cluster.isPrimary-02), one without a channel to a reference primary.
 */
import { takeMark } from './worker-mark.cjs';
import { setCompatMode } from './compat-mode.cjs';
import { setAtStartup } from './startup-environment.cjs';
import { createPrimary, type PrimaryCluster } from './primary.cjs';
import { createWorker, createWorkerWithoutPrimary, type WorkerCluster } from './worker-side.cjs';

function createCluster(): PrimaryCluster | WorkerCluster {
  const mark = takeMark(process.env);
  if (mark?.mode) setCompatMode(mark.mode);
  if (mark && process.send) return createWorker(mark);
  if (mark || setAtStartup('NODE_UNIQUE_ID')) return createWorkerWithoutPrimary();
  return createPrimary(__filename);
}

const cluster = createCluster();
export = cluster;
