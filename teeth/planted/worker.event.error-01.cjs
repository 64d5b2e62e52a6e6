// breaks: worker.event.error-01
// does: a Worker does not pass on its ChildProcess's 'error' events (a send on a closed channel goes unreported on the Worker)
const { nodeCluster, patchForkedWorkers, changeEvents } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) => changeEvents(worker, (name) => (name === 'error' ? null : undefined)));
