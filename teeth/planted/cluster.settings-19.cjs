// breaks: cluster.settings-19
// does: fork() without a setupPrimary() call before it starts workers with the defaults but leaves cluster.settings empty
// base: reference
const { reference } = require('../lib/plant.cjs');
const { hideSettings } = require('../lib/settings.cjs');

module.exports = hideSettings(reference(), (inForce, { setUp }) => (setUp ? inForce : {}));
