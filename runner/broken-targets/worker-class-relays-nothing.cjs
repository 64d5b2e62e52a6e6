// Broken on purpose: a Worker built by cluster.Worker({ process }) does not relay that process's 'message' and
// 'error' events.
const cluster = require('node:cluster');

const unhook = (worker, options) => {
  options?.process?.removeAllListeners?.('message');
  options?.process?.removeAllListeners?.('error');
  return worker;
};
cluster.Worker = new Proxy(cluster.Worker, {
  construct: (target, args, newTarget) => unhook(Reflect.construct(target, args, newTarget), args[0]),
  apply: (target, self, args) => unhook(Reflect.apply(target, self, args), args[0]),
});
module.exports = cluster;
