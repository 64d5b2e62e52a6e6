// Broken on purpose: a Worker built by cluster.Worker(options) keeps options.id as given, not as an integer.
const cluster = require('node:cluster');

const keepId = (worker, options) => {
  if (options && 'id' in options) worker.id = options.id;
  return worker;
};
cluster.Worker = new Proxy(cluster.Worker, {
  construct: (target, args, newTarget) => keepId(Reflect.construct(target, args, newTarget), args[0]),
  apply: (target, self, args) => keepId(Reflect.apply(target, self, args), args[0]),
});
module.exports = cluster;
