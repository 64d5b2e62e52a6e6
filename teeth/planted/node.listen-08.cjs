// breaks: node.listen-08
// does: in a worker, disconnect() waits until every listen() it made has been answered, so a server whose listen was still pending starts listening (and is then closed) instead of being dropped
// profile: node
const net = require('node:net');
const { nodeCluster, patchOwnWorker, replaceMethod } = require('../lib/plant.cjs');

let pending = 0;
let waiting = [];
const settled = () => {
  if (--pending > 0) return;
  const calls = waiting;
  waiting = [];
  for (const call of calls) call();
};
module.exports = patchOwnWorker(nodeCluster(), (worker) => {
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
  replaceMethod(worker, 'disconnect', (disconnect) => (...args) => {
    if (pending === 0) return disconnect(...args);
    waiting.push(() => disconnect(...args));
    return worker;
  });
});
