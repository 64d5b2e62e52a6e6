// breaks: node.findings-03
// does: the set-up also fills in a cwd key (undefined, the documented default), beyond args, exec, execArgv, silent and the keys given
// profile: node
const { nodeCluster, afterSetup } = require('../lib/plant.cjs');

module.exports = afterSetup(nodeCluster(), (settings) => 'cwd' in settings || (settings.cwd = undefined));
