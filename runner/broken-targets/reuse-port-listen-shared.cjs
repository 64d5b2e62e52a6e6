// Broken on purpose (SPEC node.net-05): a worker's listen drops reusePort and goes through the primary.
const { optionsOf, rewriteListen } = require('./lib/worker-patches.cjs');
rewriteListen((args) => {
  const options = optionsOf(args);
  if (!options?.reusePort) return undefined;
  const { reusePort: _dropped, ...rest } = options;
  return [rest, ...args.slice(1)];
});
module.exports = require('node:cluster');
