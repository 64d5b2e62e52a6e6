// breaks: cluster.setupPrimary-02
// does: cluster.settings keeps showing the settings of the first set-up; later setupPrimary() calls take effect but do not appear there
// touches: cluster.setupPrimary-06 cluster.setupMaster-01 node.findings-03 node.findings-13
const { nodeCluster } = require('../lib/plant.cjs');
const { hideSettings } = require('../lib/settings.cjs');

let firstShown;
module.exports = hideSettings(nodeCluster(), (inForce) => (firstShown ??= inForce));
