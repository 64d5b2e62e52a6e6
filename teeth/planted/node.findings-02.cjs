// breaks: node.findings-02
// does: the set-up fills in windowsHide: false, the cluster page's default, when none was given
// touches: node.findings-03
// profile: node
const { nodeCluster, afterSetup } = require('../lib/plant.cjs');

module.exports = afterSetup(nodeCluster(), (settings) => 'windowsHide' in settings || (settings.windowsHide = false));
