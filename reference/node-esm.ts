// ESM entry of the Node-compatible mode (`cluster-conformance/reference/node`): the mode is set before the
// cluster instance exists, then the same members as the default entry.
import cluster from './node-entry.cjs';

export default cluster;
const members = cluster as Partial<import('./primary.cjs').PrimaryCluster & import('./worker-side.cjs').WorkerCluster>;
export const { isPrimary, isMaster, isWorker, Worker, worker, workers, SCHED_NONE, SCHED_RR } = members;
export const { fork, setupPrimary, setupMaster, disconnect } = members;
