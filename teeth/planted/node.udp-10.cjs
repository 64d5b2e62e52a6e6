// breaks: node.udp-10
// does: bind({ fd, exclusive: true }) in a worker binds the primary's descriptor fd through the primary instead of opening its own
// profile: node
const { nodeCluster } = require('../lib/plant.cjs');
const { optionsOf, rewriteBind } = require('../lib/worker-patches.cjs');

rewriteBind((args) => {
  const options = optionsOf(args);
  return options?.fd !== undefined && options.exclusive ? [{ ...options, exclusive: false }, ...args.slice(1)] : undefined;
});
module.exports = nodeCluster();
