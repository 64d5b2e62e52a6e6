// breaks: cluster.settings-06
// does: serialization 'advanced' is taken as 'json': values JSON cannot carry, such as a Map, arrive mangled
const { nodeCluster } = require('../lib/plant.cjs');
const { changeSetup } = require('../lib/settings.cjs');

module.exports = changeSetup(nodeCluster(), (settings) => (settings.serialization === 'advanced' ? { ...settings, serialization: 'json' } : settings));
