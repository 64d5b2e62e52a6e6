// Broken on purpose: in the primary, a worker's listen request for an address on which another worker closed a
// server before is dropped: it is never answered, and that listen never ends. (It reads node:cluster's internal
// messages, as seen on Node 20 to 26: `queryServer` with address, port and addressType; `close` with a key
// starting with those three.)
const cluster = require('node:cluster');

if (cluster.isPrimary) {
  const closedBy = new Map();
  cluster.on('fork', (worker) => {
    const emit = worker.process.emit;
    worker.process.emit = function (name, message, ...rest) {
      if (name === 'internalMessage' && message && message.cmd === 'NODE_CLUSTER') {
        if (message.act === 'close' && typeof message.key === 'string') closedBy.set(message.key.split(':').slice(0, -2).join(':'), worker.id);
        if (message.act === 'queryServer') {
          const closer = closedBy.get(`${message.address}:${message.port}:${message.addressType}`);
          if (closer !== undefined && closer !== worker.id) return false;
        }
      }
      return emit.call(this, name, message, ...rest);
    };
  });
}
module.exports = cluster;
