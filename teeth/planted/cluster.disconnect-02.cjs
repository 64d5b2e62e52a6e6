// breaks: cluster.disconnect-02
// does: a listening handle the primary opens at its first fork() is never closed, not even once cluster.disconnect() has disconnected every worker, so the primary cannot end by itself
const net = require('node:net');
const { nodeCluster, replaceMethod } = require('../lib/plant.cjs');

const cluster = nodeCluster();
let handle;
if (cluster.isPrimary) {
  replaceMethod(cluster, 'fork', (fork) => (...args) => {
    handle ??= net.createServer().listen(0, '127.0.0.1');
    return fork(...args);
  });
}
module.exports = cluster;
