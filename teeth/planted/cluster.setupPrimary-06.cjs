// breaks: cluster.setupPrimary-06
// does: every setupPrimary() call starts again from the defaults: settings it does not name go back to their defaults
// touches: cluster.settings-09 cluster.settings-15
const { nodeCluster } = require('../lib/plant.cjs');
const { changeSetup } = require('../lib/settings.cjs');

const DEFAULTS = { exec: process.argv[1], args: process.argv.slice(2), execArgv: process.execArgv, silent: false };
module.exports = changeSetup(nodeCluster(), (settings, { first, inFork }) => (first || inFork ? settings : { ...DEFAULTS, ...settings }));
