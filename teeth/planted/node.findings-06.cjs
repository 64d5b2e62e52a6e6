// breaks: node.findings-06
// does: setupPrimary() emits 'setup' before it returns, instead of on a later tick
// profile: node
const { nodeCluster, afterSetup, changeEvents } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isPrimary) {
  const emit = cluster.emit.bind(cluster);
  let early = 0;
  afterSetup(cluster, (settings) => {
    early += 1;
    emit('setup', settings);
  });
  // Node's own event for the same call comes a tick later: it has been delivered already.
  changeEvents(cluster, (name) => {
    if (name !== 'setup' || early === 0) return undefined;
    early -= 1;
    return null;
  });
}
module.exports = cluster;
