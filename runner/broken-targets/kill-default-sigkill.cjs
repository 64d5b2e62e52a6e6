// Broken on purpose: worker.kill() without a signal sends SIGKILL.
const cluster = require('node:cluster');
// Only in the primary: in a worker these members are absent, as in Node (the broken part is the primary's).
if (cluster.isPrimary) {
  const fork = cluster.fork;
  cluster.fork = function (...args) {
    const worker = fork.apply(this, args);
    const kill = worker.kill;
    worker.kill = function (signal = 'SIGKILL') {
      return kill.call(this, signal);
    };
    return worker;
  };
}
module.exports = cluster;
