// breaks: node.worker-05
// does: a Worker built by cluster.Worker(options) starts in state 'none' whatever options.state says
// profile: node
const { nodeCluster } = require('../lib/plant.cjs');

const cluster = nodeCluster();
const reset = (worker) => Object.assign(worker, { state: 'none' });
cluster.Worker = new Proxy(cluster.Worker, {
  construct: (target, args, newTarget) => reset(Reflect.construct(target, args, newTarget)),
  apply: (target, self, args) => reset(Reflect.apply(target, self, args)),
});
module.exports = cluster;
