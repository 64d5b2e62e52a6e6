// breaks: cluster.setupMaster-01
// does: setupMaster() is a deprecated stub: it emits 'setup' with the current settings but changes nothing
const { nodeCluster } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isPrimary) {
  cluster.setupMaster = () => {
    const settings = { ...cluster.settings };
    process.nextTick(() => cluster.emit('setup', settings));
  };
}
module.exports = cluster;
