// Broken on purpose (SPEC node.udp-09): bind({ fd }) in a worker opens the worker's own descriptor.
const { optionsOf, rewriteBind } = require('./lib/worker-patches.cjs');
rewriteBind((args) => {
  const options = optionsOf(args);
  return options?.fd !== undefined ? [{ ...options, exclusive: true }, ...args.slice(1)] : undefined;
});
module.exports = require('node:cluster');
