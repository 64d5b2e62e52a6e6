// breaks: worker-03
// does: cluster.workers hands out a stand-in (a proxy) for each worker, not the Worker object fork() returned
// touches: worker.id-02, cluster.event.listening-02
const { nodeCluster, defineValue } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isPrimary) {
  const standIns = new WeakMap();
  const standIn = (worker) => standIns.get(worker) ?? standIns.set(worker, new Proxy(worker, {})).get(worker);
  const workers = new Proxy(cluster.workers, {
    get: (target, key) => (typeof key === 'string' && target[key] ? standIn(target[key]) : target[key]),
  });
  defineValue(cluster, 'workers', () => workers);
}
module.exports = cluster;
