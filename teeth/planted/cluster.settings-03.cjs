// breaks: cluster.settings-03
// does: exec has no default in cluster.settings: unless given, it is absent there, though workers still run process.argv[1]
// touches: cluster.setupPrimary-05 node.findings-03
const { nodeCluster } = require('../lib/plant.cjs');
const { hideSettings, without } = require('../lib/settings.cjs');

module.exports = hideSettings(nodeCluster(), (inForce, { given }) => (given.has('exec') ? inForce : without(inForce, 'exec')));
