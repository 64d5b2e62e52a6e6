// breaks: cluster.settings-01
// does: cluster.settings is a function carrying the settings as its properties, not an object
const { nodeCluster } = require('../lib/plant.cjs');
const { hideSettings } = require('../lib/settings.cjs');

module.exports = hideSettings(nodeCluster(), (inForce) => Object.assign(function settings() {}, inForce));
