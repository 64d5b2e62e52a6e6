// breaks: cluster.settings-12
// does: silent takes precedence over stdio: with silent true, a stdio setting is dropped and the output is piped
const { nodeCluster } = require('../lib/plant.cjs');
const { changeSetup } = require('../lib/settings.cjs');

const cluster = nodeCluster();
module.exports = changeSetup(cluster, (settings) => {
  const merged = { ...cluster.settings, ...settings };
  return merged.silent === true && merged.stdio !== undefined ? { ...settings, stdio: undefined } : settings;
});
