// breaks: cluster.setupPrimary-01
// does: fork() keeps starting workers with the exec and args of the first set-up; later setupPrimary() calls only change cluster.settings
// touches: cluster.settings-06 cluster.setupMaster-01
const { nodeCluster, replaceMethod } = require('../lib/plant.cjs');

const cluster = nodeCluster();
const START = ['exec', 'args'];
const pick = (settings) => Object.fromEntries(START.map((key) => [key, settings[key]]));
if (cluster.isPrimary) {
  let firstStart;
  replaceMethod(cluster, 'setupPrimary', (setupPrimary) => (...args) => {
    const result = setupPrimary(...args);
    firstStart ??= pick(cluster.settings);
    return result;
  });
  replaceMethod(cluster, 'fork', (fork) => (...args) => {
    const shown = pick(cluster.settings);
    if (firstStart !== undefined) Object.assign(cluster.settings, firstStart);
    try {
      return fork(...args);
    } finally {
      // fork() set up a new settings object: it shows what was last given again.
      Object.assign(cluster.settings, shown);
    }
  });
}
module.exports = cluster;
