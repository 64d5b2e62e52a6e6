// breaks: node.findings-12
// does: worker.kill and worker.destroy are one function (an alias, as the cluster page says), not two
// profile: node
const { nodeCluster, patchForkedWorkers } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) => {
  worker.kill = worker.destroy; // not the other way round: Node's kill() calls this.destroy()
});
