// breaks: node.findings-13
// does: workers forked after setupPrimary({ env }) get that env too
// touches: cluster.setupPrimary-04
// profile: node
const { nodeCluster, replaceMethod } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isPrimary) replaceMethod(cluster, 'fork', (fork) => (env) => fork({ ...cluster.settings.env, ...env }));
module.exports = cluster;
