// breaks: cluster.settings-02
// does: execArgv defaults to [] instead of process.execArgv: workers do not get the primary's runtime flags
const { nodeCluster } = require('../lib/plant.cjs');
const { changeSetup } = require('../lib/settings.cjs');

module.exports = changeSetup(nodeCluster(), (settings, { first }) => (first ? { execArgv: [], ...settings } : settings));
