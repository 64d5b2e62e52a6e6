// Broken on purpose: cluster.disconnect(callback) calls back only once every worker it found has exited, after
// their 'exit' events (Node calls back at the first exit that leaves cluster.workers empty, before its events).
const cluster = require('node:cluster');

if (cluster.isPrimary) {
  const disconnect = cluster.disconnect;
  cluster.disconnect = function (callback) {
    const workers = Object.values(cluster.workers);
    let left = workers.length;
    const done = () => typeof callback === 'function' && setImmediate(callback);
    for (const worker of workers) worker.once('exit', () => --left === 0 && done());
    if (left === 0) done();
    return disconnect.call(this);
  };
}
module.exports = cluster;
