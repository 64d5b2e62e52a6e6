// breaks: how-14
// does: each worker resolves listen(0) itself (it picks a free port, then asks the primary to share that one), so workers get different ports
// touches: how-16
const net = require('node:net');
const { nodeCluster, patchOwnWorker, replacePrototypeMethod, listenTarget } = require('../lib/plant.cjs');

module.exports = patchOwnWorker(nodeCluster(), () =>
  replacePrototypeMethod(net.Server.prototype, 'listen', (listen) => function (...args) {
    const target = listenTarget(args);
    if (target?.port !== 0 || target.exclusive) return listen.apply(this, args);
    const callback = typeof args.at(-1) === 'function' ? [args.at(-1)] : [];
    // The server listens once the port is known: its 'listening' (and the callback) come a moment later.
    const probe = listen.call(net.createServer(), { ...target, exclusive: true }, () => {
      const { port } = probe.address();
      probe.close(() => listen.call(this, { ...target, port }, ...callback));
    });
    return this;
  }),
);
