// breaks: cluster.settings-10
// does: the stdio setting is ignored: workers get the stdio that silent chooses
// touches: cluster.settings-12
const { nodeCluster } = require('../lib/plant.cjs');
const { changeSetup, without } = require('../lib/settings.cjs');

module.exports = changeSetup(nodeCluster(), (settings) => without(settings, 'stdio'));
