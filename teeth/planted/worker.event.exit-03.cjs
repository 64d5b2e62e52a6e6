// breaks: worker.event.exit-03
// does: a Worker's 'exit' gives the signal's number (15), not its name ('SIGTERM')
// touches: worker.event.exit-04, node.findings-12
const { constants } = require('node:os');
const { nodeCluster, patchForkedWorkers, changeEvents } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) =>
  changeEvents(worker, (name, [code, signal]) => (name === 'exit' && signal ? [code, constants.signals[signal]] : undefined)),
);
