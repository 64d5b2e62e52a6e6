// Helpers for planted violations (teeth/planted/*.cjs): load the implementation to break, then change one
// documented behaviour of it. Plain CommonJS, loaded by the fixtures in the primary and in every worker.
'use strict';
const net = require('node:net');
const path = require('node:path');

const REFERENCE_DIR = path.join(__dirname, '..', '..', 'dist', 'reference');

/** The runtime's built-in node:cluster: the base of a planted module unless its header says `base: reference`. */
function nodeCluster() {
  return require('node:cluster');
}

/** This project's reference implementation (built by `npm run build`): the base for `// base: reference`. */
function reference() {
  return require(path.join(REFERENCE_DIR, 'index.cjs'));
}

/**
 * One module of the reference (`dist/reference/<name>.cjs`), for a planted module that swaps a piece of it
 * before `reference()` uses it. The reference's modules read each other's exports at the time of use.
 */
function referencePart(name) {
  return require(path.join(REFERENCE_DIR, `${name}.cjs`));
}

/** Replaces `object[name]` by `make(original)`; `original` is already bound to `object`. */
function replaceMethod(object, name, make) {
  const original = object[name].bind(object);
  object[name] = make(original);
  return object;
}

/**
 * Replaces a method shared through `prototype` (such as `net.Server.prototype.listen`) by `make(original)`;
 * the new method and `original` both take the instance as `this`.
 */
function replacePrototypeMethod(prototype, name, make) {
  prototype[name] = make(prototype[name]);
  return prototype;
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

/**
 * `object[name]` reads `get()` from now on (a data property of node:cluster, e.g. isPrimary, becomes a getter);
 * with `set`, assignments (the implementation's own included) go to `set(value)`.
 */
function defineValue(object, name, get, set) {
  Object.defineProperty(object, name, { get, set, configurable: true, enumerable: true });
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

/**
 * The target of a `server.listen(...)` call as one object: `{ port, host }` for `listen(port[, host])`,
 * `{ path }` for a pipe path, the object given otherwise (options, `{ fd }`, a handle).
 */
function listenTarget(args) {
  const [first, second] = args;
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    return { port: Number(first), ...(typeof second === 'string' ? { host: second } : {}) };
  }
  if (typeof first === 'string') return { path: first };
  return first;
}

/**
 * In a worker process, every `server.listen(...)` goes through `change(target, server)` (target as
 * `listenTarget` gives it): a new target to listen on instead, or undefined to listen as asked.
 */
function changeListen(cluster, change) {
  if (cluster.isPrimary) return cluster;
  let inside = false; // net's listen(server) calls listen again with the server's handle: that one is left alone
  replacePrototypeMethod(net.Server.prototype, 'listen', (listen) => function (...args) {
    if (inside) return listen.apply(this, args);
    inside = true;
    try {
      const callback = typeof args.at(-1) === 'function' ? args.at(-1) : undefined;
      const target = change(listenTarget(args), this);
      if (target === undefined) return listen.apply(this, args);
      return callback ? listen.call(this, target, callback) : listen.call(this, target);
    } finally {
      inside = false;
    }
  });
  return cluster;
}

/**
 * In the primary, `cluster.schedulingPolicy` reads `reported()`, except inside `setupPrimary()` (which `fork()`
 * calls), where Node reads the policy to put in force: there it reads `applied()`. Assignments are ignored.
 */
function splitPolicy(cluster, { reported, applied }) {
  if (!cluster.isPrimary) return cluster;
  let settingUp = false;
  for (const name of ['setupPrimary', 'setupMaster']) {
    replaceMethod(cluster, name, (setup) => (...args) => {
      settingUp = true;
      try {
        return setup(...args);
      } finally {
        settingUp = false;
      }
    });
  }
  return defineValue(cluster, 'schedulingPolicy', () => (settingUp ? applied() : reported()), () => {});
}

/**
 * In a worker process, `server.close()` is `make(original)` while the worker is disconnecting (Node marks
 * `cluster.worker.exitedAfterDisconnect` before it closes the servers), and the original otherwise.
 */
function changeDisconnectClose(cluster, make) {
  if (cluster.isPrimary) return cluster;
  replacePrototypeMethod(net.Server.prototype, 'close', (close) => {
    const changed = make(close);
    return function (...args) {
      return (cluster.worker?.exitedAfterDisconnect === true ? changed : close).apply(this, args);
    };
  });
  return cluster;
}

/** From now on, the connections each server of this process holds open: returns `server => Set<net.Socket>`. */
function trackConnections() {
  const open = new WeakMap();
  const of = (server) => open.get(server) ?? open.set(server, new Set()).get(server);
  replacePrototypeMethod(net.Server.prototype, 'emit', (emit) => function (name, ...args) {
    if (name === 'connection') {
      const sockets = of(this);
      sockets.add(args[0]);
      args[0].once('close', () => sockets.delete(args[0]));
    }
    return emit.call(this, name, ...args);
  });
  return of;
}

/** In the primary, `then(cluster.settings)` runs after each `setupPrimary()` call (those `fork()` makes too). */
function afterSetup(cluster, then) {
  if (!cluster.isPrimary) return cluster;
  return replaceMethod(cluster, 'setupPrimary', (setup) => (...args) => {
    setup(...args);
    then(cluster.settings);
  });
}

/** In a worker process, `patch(cluster.worker)` runs once, on its own Worker object. */
function patchOwnWorker(cluster, patch) {
  if (!cluster.isPrimary && cluster.worker) patch(cluster.worker);
  return cluster;
}

module.exports = {
  nodeCluster,
  reference,
  referencePart,
  replaceMethod,
  replacePrototypeMethod,
  changeEvents,
  defineValue,
  patchForkedWorkers,
  patchOwnWorker,
  listenTarget,
  changeListen,
  splitPolicy,
  changeDisconnectClose,
  trackConnections,
  afterSetup,
};
