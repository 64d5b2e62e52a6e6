// Broken on purpose (SPEC node.net-09): servers in workers never emit 'drop'.
const cluster = require('node:cluster');
const net = require('node:net');
if (cluster.isWorker) {
  const emit = net.Server.prototype.emit;
  net.Server.prototype.emit = function (event, ...args) {
    return event === 'drop' ? false : emit.call(this, event, ...args);
  };
}
module.exports = cluster;
