// breaks: cluster.settings-14
// does: the gid setting is ignored: workers run with the primary's group
const { nodeCluster } = require('../lib/plant.cjs');
const { changeSetup, without } = require('../lib/settings.cjs');

module.exports = changeSetup(nodeCluster(), (settings) => without(settings, 'gid'));
