// breaks: node.findings-01
// does: the set-up fills in a serialization key ('json', what is used when none is given) when none was given
// touches: node.findings-03
// profile: node
const { nodeCluster, afterSetup } = require('../lib/plant.cjs');

// Not the page's default false: child_process.fork() rejects serialization: false, so no worker would start.
module.exports = afterSetup(nodeCluster(), (settings) => 'serialization' in settings || (settings.serialization = 'json'));
