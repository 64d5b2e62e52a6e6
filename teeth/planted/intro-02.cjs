// breaks: intro-02
// does: a worker's listen() on an explicit port binds the port in the worker itself, so only the first worker gets it and the others fail with EADDRINUSE
const { nodeCluster, changeListen } = require('../lib/plant.cjs');

module.exports = changeListen(nodeCluster(), (target) => (target?.port > 0 ? { ...target, exclusive: true } : undefined));
