// Broken on purpose (SPEC node.udp-02): send() on a never-bound socket in a worker binds it through the primary.
const cluster = require('node:cluster');
const dgram = require('node:dgram');
if (cluster.isWorker) {
  const bound = new WeakSet();
  const { bind, send } = dgram.Socket.prototype;
  dgram.Socket.prototype.bind = function (...args) {
    bound.add(this);
    return bind.apply(this, args);
  };
  dgram.Socket.prototype.send = function (...args) {
    if (!bound.has(this)) this.bind(0);
    return send.apply(this, args);
  };
}
module.exports = cluster;
