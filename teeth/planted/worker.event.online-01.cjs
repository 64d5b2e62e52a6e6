// breaks: worker.event.online-01
// does: a Worker never emits 'online' itself; only cluster does
const { nodeCluster, patchForkedWorkers, changeEvents } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) => changeEvents(worker, (name) => (name === 'online' ? null : undefined)));
