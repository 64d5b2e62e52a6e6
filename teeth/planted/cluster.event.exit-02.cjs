// breaks: cluster.event.exit-02
// does: cluster's 'exit' reports only success or failure: any non-zero exit code is given as 1
// touches: worker.event.exit-04
const { nodeCluster, changeEvents } = require('../lib/plant.cjs');

module.exports = changeEvents(nodeCluster(), (name, [worker, code, signal]) =>
  name === 'exit' && typeof code === 'number' && code !== 0 ? [worker, 1, signal] : undefined,
);
