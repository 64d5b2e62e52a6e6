// breaks: cluster.settings-15
// does: inspectPort given as a function is ignored (only a number is used): such workers get the default port
const { nodeCluster } = require('../lib/plant.cjs');
const { changeSetup } = require('../lib/settings.cjs');

module.exports = changeSetup(nodeCluster(), (settings) => (typeof settings.inspectPort === 'function' ? { ...settings, inspectPort: undefined } : settings));
