// breaks: cluster.setupPrimary-05
// does: the first setupPrimary() records only the settings given; the defaults are filled in at the first fork()
// touches: cluster.settings-02 cluster.settings-03 cluster.settings-04 cluster.settings-08 node.findings-03
const { nodeCluster } = require('../lib/plant.cjs');
const { hideSettings } = require('../lib/settings.cjs');

const only = (settings, keys) => Object.fromEntries(Object.entries(settings).filter(([key]) => keys.has(key)));
module.exports = hideSettings(nodeCluster(), (inForce, { given, forked }) => (forked ? inForce : only(inForce, given)));
