// breaks: cluster.setupPrimary-04
// does: env given to setupPrimary() is added to the environment of the workers forked afterwards
// touches: node.findings-13
const { nodeCluster, replaceMethod } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isPrimary) replaceMethod(cluster, 'fork', (fork) => (env) => fork({ ...cluster.settings.env, ...env }));
module.exports = cluster;
