// breaks: node.findings-09
// does: a forked worker's environment still holds NODE_UNIQUE_ID when its code starts
// profile: node
const path = require('node:path');
const { nodeCluster, replaceMethod } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isPrimary) {
  // A preload puts the variable back before the worker's own code runs (Node removes it at start-up).
  const preload = `--require ${JSON.stringify(path.join(__dirname, '..', 'lib', 'keep-unique-id.cjs'))}`;
  replaceMethod(cluster, 'fork', (fork) => (env) =>
    fork({ ...env, NODE_OPTIONS: [env?.NODE_OPTIONS ?? process.env.NODE_OPTIONS, preload].filter(Boolean).join(' ') }),
  );
}
module.exports = cluster;
