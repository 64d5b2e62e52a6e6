// For planted modules of the 'listening' address object (teeth/planted/node.address-*): in the primary, the
// address objects of cluster's and every Worker's 'listening' are replaced by `rewrite(address)`. The two events
// for one server still carry one and the same (rewritten) object.
const { changeEvents, patchForkedWorkers } = require('./plant.cjs');

module.exports = function rewriteListening(cluster, rewrite) {
  if (!cluster.isPrimary) return cluster;
  const rewritten = new WeakMap();
  const replace = (address) => {
    if (address === null || typeof address !== 'object') return address;
    if (!rewritten.has(address)) rewritten.set(address, rewrite(address));
    return rewritten.get(address);
  };
  changeEvents(cluster, (name, [worker, address, ...rest]) => (name === 'listening' ? [worker, replace(address), ...rest] : undefined));
  return patchForkedWorkers(cluster, (worker) => changeEvents(worker, (name, [address, ...rest]) => (name === 'listening' ? [replace(address), ...rest] : undefined)));
};
