// breaks: cluster.settings-13
// does: the uid setting is ignored: workers run as the primary's user
const { nodeCluster } = require('../lib/plant.cjs');
const { changeSetup, without } = require('../lib/settings.cjs');

module.exports = changeSetup(nodeCluster(), (settings) => without(settings, 'uid'));
