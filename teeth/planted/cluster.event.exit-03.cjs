// breaks: cluster.event.exit-03
// does: cluster's 'exit' gives the signal that killed the worker as its number (15), not its name ('SIGTERM')
// touches: worker.event.exit-04 worker.kill-01 worker.kill-02 worker.kill-05 worker.kill-06 worker.kill-07
const { constants } = require('node:os');
const { nodeCluster, changeEvents } = require('../lib/plant.cjs');

module.exports = changeEvents(nodeCluster(), (name, [worker, code, signal]) =>
  name === 'exit' && typeof signal === 'string' ? [worker, code, constants.signals[signal]] : undefined,
);
