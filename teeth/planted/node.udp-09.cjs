// breaks: node.udp-09
// does: bind({ fd }) in a worker opens the worker's own descriptor fd instead of binding the primary's through the primary
// profile: node
const { nodeCluster } = require('../lib/plant.cjs');
const { optionsOf, rewriteBind } = require('../lib/worker-patches.cjs');

rewriteBind((args) => {
  const options = optionsOf(args);
  return options?.fd !== undefined ? [{ ...options, exclusive: true }, ...args.slice(1)] : undefined;
});
module.exports = nodeCluster();
