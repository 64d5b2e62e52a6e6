// breaks: cluster.settings-08
// does: silent defaults to true: unless told otherwise, workers' output is piped instead of going to the parent's stdio
const { nodeCluster } = require('../lib/plant.cjs');
const { changeSetup } = require('../lib/settings.cjs');

// Most fixtures read their workers' reports from the primary's stdout, so many clauses fail with this; none is
// listed in touches.
module.exports = changeSetup(nodeCluster(), (settings, { first }) => (first ? { silent: true, ...settings } : settings));
