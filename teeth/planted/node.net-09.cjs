// breaks: node.net-09
// does: servers in workers never emit 'drop' when they close a connection beyond maxConnections
// profile: node
const net = require('node:net');
const { nodeCluster } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isWorker) {
  const emit = net.Server.prototype.emit;
  net.Server.prototype.emit = function (event, ...args) {
    return event === 'drop' ? false : emit.call(this, event, ...args);
  };
}
module.exports = cluster;
