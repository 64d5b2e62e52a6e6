// How each worker was asked to end, as the primary sees it: for planted modules that break an event for one
// way of ending only. Plain CommonJS, like plant.cjs.
'use strict';
const { patchForkedWorkers, replaceMethod } = require('./plant.cjs');

/** The methods by which the primary ends a worker, and the way of ending each stands for. */
const ENDING_METHODS = [
  ['kill', 'kill'],
  ['destroy', 'kill'],
  ['disconnect', 'disconnect'],
];

/**
 * In the primary, records the first of kill()/destroy()/process.kill() ('kill') or disconnect() ('disconnect')
 * called on each Worker fork() returns. Returns `endedBy(worker)`: that way, or 'self' when the primary called
 * none of them.
 */
function trackEndings(cluster) {
  const endings = new WeakMap();
  const record = (worker, object, name, how) =>
    replaceMethod(object, name, (original) => (...args) => {
      if (!endings.has(worker)) endings.set(worker, how);
      return original(...args);
    });
  patchForkedWorkers(cluster, (worker) => {
    for (const [name, how] of ENDING_METHODS) record(worker, worker, name, how);
    record(worker, worker.process, 'kill', 'kill');
  });
  return (worker) => endings.get(worker) ?? 'self';
}

module.exports = { trackEndings };
