// breaks: how-16
// does: once a worker has closed a server it opened with listen(0), its next listen(0) gets a new port of its own
const { nodeCluster, changeListen } = require('../lib/plant.cjs');

let closedOne = false;
module.exports = changeListen(nodeCluster(), (target, server) => {
  if (target?.port !== 0) return undefined;
  if (closedOne) return { ...target, exclusive: true };
  server.once('close', () => (closedOne = true));
  return undefined;
});
