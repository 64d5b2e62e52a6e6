// breaks: node.net-05
// does: listen() in workers drops reusePort and goes through the primary, so a second worker's reusePort listen on that port fails
// touches: node.net-06
// profile: node
const { nodeCluster } = require('../lib/plant.cjs');
const { optionsOf, rewriteListen } = require('../lib/worker-patches.cjs');

rewriteListen((args) => {
  const options = optionsOf(args);
  if (!options?.reusePort) return undefined;
  const { reusePort: _dropped, ...rest } = options;
  return [rest, ...args.slice(1)];
});
module.exports = nodeCluster();
