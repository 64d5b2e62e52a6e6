// Changing the address object of cluster's 'listening' event: for planted modules that break what it holds.
// Plain CommonJS, like plant.cjs.
'use strict';
const { changeEvents } = require('./plant.cjs');

/**
 * cluster's 'listening' carries `change(copy)` instead of its address, `copy` being a shallow copy of it (the
 * Worker's own 'listening' keeps the original).
 */
function changeListeningAddress(cluster, change) {
  return changeEvents(cluster, (name, [worker, address, ...rest]) =>
    name === 'listening' ? [worker, change({ ...address }), ...rest] : undefined,
  );
}

/** cluster's 'listening' gives `to` as the addressType wherever it would give `from`. */
function replaceAddressType(cluster, from, to) {
  return changeListeningAddress(cluster, (address) => (address.addressType === from ? { ...address, addressType: to } : address));
}

module.exports = { changeListeningAddress, replaceAddressType };
