// breaks: cluster.settings-07
// does: serialization defaults to 'json' instead of false
// base: reference
const { reference } = require('../lib/plant.cjs');
const { changeSetup } = require('../lib/settings.cjs');

module.exports = changeSetup(reference(), (settings, { first }) => (first ? { serialization: 'json', ...settings } : settings));
