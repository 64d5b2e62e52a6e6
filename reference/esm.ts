// ESM entry: the one CommonJS cluster instance, plus its documented members as named exports.
import cluster from './index.cjs';

export default cluster;
const members = cluster as Partial<import('./primary.cjs').PrimaryCluster & import('./worker-side.cjs').WorkerCluster>;
export const { isPrimary, isMaster, isWorker, Worker, worker, workers, SCHED_NONE, SCHED_RR } = members;
export const { fork, setupPrimary, setupMaster, disconnect } = members;
