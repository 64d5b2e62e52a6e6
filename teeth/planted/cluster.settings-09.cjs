// breaks: cluster.settings-09
// does: silent: true without stdio forks workers whose output still goes to the parent's stdio (nothing is piped)
// touches: node.findings-03
const { nodeCluster } = require('../lib/plant.cjs');
const { changeSetup } = require('../lib/settings.cjs');

const INHERITED = ['inherit', 'inherit', 'inherit', 'ipc'];
module.exports = changeSetup(nodeCluster(), (settings) => (settings.silent === true && settings.stdio === undefined ? { ...settings, stdio: INHERITED } : settings));
