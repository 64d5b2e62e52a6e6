// breaks: worker.process-01
// does: in the primary, worker.process is a stand-in forwarding to the ChildProcess, not the ChildProcess itself
const { EventEmitter } = require('node:events');
const { nodeCluster, patchForkedWorkers } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) => {
  worker.process = new Proxy(worker.process, { getPrototypeOf: () => EventEmitter.prototype });
});
