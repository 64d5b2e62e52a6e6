// Broken on purpose (SPEC node.udp-10): bind({ fd, exclusive: true }) in a worker binds the primary's descriptor.
const { optionsOf, rewriteBind } = require('./lib/worker-patches.cjs');
rewriteBind((args) => {
  const options = optionsOf(args);
  return options?.fd !== undefined && options.exclusive ? [{ ...options, exclusive: false }, ...args.slice(1)] : undefined;
});
module.exports = require('node:cluster');
