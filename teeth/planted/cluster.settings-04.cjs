// breaks: cluster.settings-04
// does: args defaults to [] instead of process.argv.slice(2): workers do not get the primary's script arguments
const { nodeCluster } = require('../lib/plant.cjs');
const { changeSetup } = require('../lib/settings.cjs');

module.exports = changeSetup(nodeCluster(), (settings, { first }) => (first ? { args: [], ...settings } : settings));
