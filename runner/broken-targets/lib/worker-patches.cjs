// Helpers for the broken targets of SPEC node.net and node.udp: each patches net or dgram in the worker
// processes of the built-in node:cluster (or of the reference) to break one behaviour.
const cluster = require('node:cluster');
const dgram = require('node:dgram');
const net = require('node:net');

/** The options object of a listen()/bind() call, or undefined for the other forms. */
function optionsOf(args) {
  const [first] = args;
  return first !== null && typeof first === 'object' && !('_handle' in first) ? first : undefined;
}

/** Rewrites the arguments of net.Server#listen in workers. */
function rewriteListen(rewrite) {
  if (!cluster.isWorker) return;
  const listen = net.Server.prototype.listen;
  net.Server.prototype.listen = function (...args) {
    return listen.apply(this, rewrite(args, this) ?? args);
  };
}

/** Rewrites the arguments of dgram.Socket#bind in workers. */
function rewriteBind(rewrite) {
  if (!cluster.isWorker) return;
  const bind = dgram.Socket.prototype.bind;
  dgram.Socket.prototype.bind = function (...args) {
    return bind.apply(this, rewrite(args, this) ?? args);
  };
}

/** A listen()/bind() in a worker whose options match and that fails with EADDRINUSE quietly takes port 0 instead. */
function anyPortOnConflict(prototype, method, matches) {
  if (!cluster.isWorker) return;
  const original = prototype[method];
  prototype[method] = function (...args) {
    const options = optionsOf(args);
    if (options && matches(options)) {
      const emit = this.emit;
      this.emit = function (event, error, ...rest) {
        if (event !== 'error' || error?.code !== 'EADDRINUSE') return emit.call(this, event, error, ...rest);
        this.emit = emit;
        original.call(this, { ...options, port: 0, exclusive: true });
        return true;
      };
    }
    return original.apply(this, args);
  };
}

/** Servers (net) or sockets (dgram) of a worker whose options match are closed when the worker disconnects. */
function closeOnDisconnect(prototype, method, matches) {
  if (!cluster.isWorker) return;
  const original = prototype[method];
  const owned = new Set();
  prototype[method] = function (...args) {
    const options = optionsOf(args);
    if (options && matches(options)) owned.add(this);
    return original.apply(this, args);
  };
  cluster.worker.on('disconnect', () => owned.forEach((server) => server.close()));
}

/** A worker's net server listening with matching options is reported in the primary as if shared. */
function reportListening(matches) {
  const KEY = '__brokenListening';
  if (cluster.isWorker) {
    rewriteListen((args, server) => {
      const options = optionsOf(args);
      if (options && matches(options)) server.once('listening', () => process.send({ [KEY]: { addressType: 4, address: options.host ?? null, port: server.address().port } }));
    });
  } else {
    cluster.on('fork', (worker) => worker.process.on('message', (message) => {
      if (!message?.[KEY]) return;
      worker.emit('listening', message[KEY]);
      cluster.emit('listening', worker, message[KEY]);
    }));
  }
}

/** dgram.createSocket in workers drops one option. */
function dropSocketOption(name) {
  if (!cluster.isWorker) return;
  const createSocket = dgram.createSocket;
  dgram.createSocket = function (options, ...rest) {
    if (options === null || typeof options !== 'object') return createSocket.call(this, options, ...rest);
    const { [name]: _dropped, ...kept } = options;
    return createSocket.call(this, kept, ...rest);
  };
}

/** net.Server's `name` property in workers reads as undefined whatever is assigned to it. */
function ignoreServerProperty(name) {
  if (!cluster.isWorker) return;
  Object.defineProperty(net.Server.prototype, name, { configurable: true, get: () => undefined, set() {} });
}

module.exports = { anyPortOnConflict, closeOnDisconnect, dropSocketOption, ignoreServerProperty, optionsOf, reportListening, rewriteBind, rewriteListen };
