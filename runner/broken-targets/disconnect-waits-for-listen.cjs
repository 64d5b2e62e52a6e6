// Broken on purpose: in a worker, disconnect() waits until every listen() it made has been answered, so a server
// whose listen was still pending starts listening (and is then closed) instead of being dropped.
const cluster = require('node:cluster');
const net = require('node:net');

if (cluster.isWorker) {
  let pending = 0;
  let waiting = [];
  const settled = () => {
    if (--pending > 0) return;
    const calls = waiting;
    waiting = [];
    for (const call of calls) call();
  };
  const listen = net.Server.prototype.listen;
  net.Server.prototype.listen = function (...args) {
    pending++;
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      this.off('listening', once);
      this.off('error', once);
      settled();
    };
    this.on('listening', once);
    this.on('error', once);
    return listen.apply(this, args);
  };
  const disconnect = cluster.worker.disconnect;
  cluster.worker.disconnect = function (...args) {
    if (pending === 0) return disconnect.apply(this, args);
    waiting.push(() => disconnect.apply(this, args));
    return this;
  };
}
module.exports = cluster;
