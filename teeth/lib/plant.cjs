// Helpers for planted violations (teeth/planted/*.cjs): load the implementation to break, then change one
// documented behaviour of it. Plain CommonJS, loaded by the fixtures in the primary and in every worker.
'use strict';
const path = require('node:path');

/** The runtime's built-in node:cluster: the base of a planted module unless its header says `base: reference`. */
function nodeCluster() {
  return require('node:cluster');
}

/** This project's reference implementation (built by `npm run build`): the base for `// base: reference`. */
function reference() {
  return require(path.join(__dirname, '..', '..', 'dist', 'reference', 'index.cjs'));
}

/** Replaces `object[name]` by `make(original)`; `original` is already bound to `object`. */
function replaceMethod(object, name, make) {
  const original = object[name].bind(object);
  object[name] = make(original);
  return object;
}

/**
 * Wraps `emitter.emit`: `change(name, args)` returns the arguments to emit, `null` to drop the event, or
 * `undefined` to emit it unchanged.
 */
function changeEvents(emitter, change) {
  return replaceMethod(emitter, 'emit', (emit) => function (name, ...args) {
    const changed = change(name, args);
    if (changed === null) return false;
    return emit(name, ...(changed === undefined ? args : changed));
  });
}

/** `object[name]` reads `get()` from now on (a data property of node:cluster, e.g. isPrimary, becomes a getter). */
function defineValue(object, name, get) {
  Object.defineProperty(object, name, { get, configurable: true, enumerable: true });
  return object;
}

/** In the primary, `patch(worker)` runs on every Worker that `cluster.fork()` returns, before anyone else sees it. */
function patchForkedWorkers(cluster, patch) {
  if (cluster.isPrimary) {
    replaceMethod(cluster, 'fork', (fork) => function (...args) {
      const worker = fork(...args);
      patch(worker);
      return worker;
    });
  }
  return cluster;
}

/** In a worker process, `patch(cluster.worker)` runs once, on its own Worker object. */
function patchOwnWorker(cluster, patch) {
  if (!cluster.isPrimary && cluster.worker) patch(cluster.worker);
  return cluster;
}

module.exports = { nodeCluster, reference, replaceMethod, changeEvents, defineValue, patchForkedWorkers, patchOwnWorker };
