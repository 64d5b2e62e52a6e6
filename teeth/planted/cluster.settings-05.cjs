// breaks: cluster.settings-05
// does: cwd defaults to the directory of the worker's script instead of undefined, so workers do not start in the primary's working directory
// touches: node.findings-03
const path = require('node:path');
const { nodeCluster } = require('../lib/plant.cjs');
const { changeSetup } = require('../lib/settings.cjs');

module.exports = changeSetup(nodeCluster(), (settings, { first }) => (first ? { cwd: path.dirname(process.argv[1]), ...settings } : settings));
