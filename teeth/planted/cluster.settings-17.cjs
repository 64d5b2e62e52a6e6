// breaks: cluster.settings-17
// does: windowsHide defaults to true instead of false
// base: reference
const { reference } = require('../lib/plant.cjs');
const { changeSetup } = require('../lib/settings.cjs');

module.exports = changeSetup(reference(), (settings, { first }) => (first ? { windowsHide: true, ...settings } : settings));
