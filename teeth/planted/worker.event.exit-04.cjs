// breaks: worker.event.exit-04
// does: cluster's 'exit' always names the first worker forked, not the worker whose Worker emitted 'exit'
const { nodeCluster, changeEvents } = require('../lib/plant.cjs');

const cluster = nodeCluster();
let first;
if (cluster.isPrimary) cluster.once('fork', (worker) => (first = worker));
module.exports = changeEvents(cluster, (name, [, ...rest]) => (name === 'exit' ? [first, ...rest] : undefined));
