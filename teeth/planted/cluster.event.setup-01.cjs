// breaks: cluster.event.setup-01
// does: several setupPrimary() calls in one tick give one 'setup' event, not one per call
const { nodeCluster, changeEvents } = require('../lib/plant.cjs');

let emittedThisTick = false;
module.exports = changeEvents(nodeCluster(), (name) => {
  if (name !== 'setup') return undefined;
  if (emittedThisTick) return null;
  emittedThisTick = true;
  setImmediate(() => (emittedThisTick = false));
  return undefined;
});
