// breaks: node.findings-05
// does: fork() emits no 'setup' of its own: only setupPrimary() called by the program does
// touches: node.findings-06
// profile: node
const { nodeCluster, replaceMethod, changeEvents } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isPrimary) {
  // 'setup' events come one per set-up, in order, a tick later: this says which ones fork() caused.
  const causes = [];
  let forking = false;
  replaceMethod(cluster, 'setupPrimary', (setup) => (...args) => {
    causes.push(forking ? 'fork' : 'call');
    return setup(...args);
  });
  replaceMethod(cluster, 'fork', (fork) => (...args) => {
    forking = true;
    try {
      return fork(...args);
    } finally {
      forking = false;
    }
  });
  changeEvents(cluster, (name) => (name === 'setup' && causes.shift() === 'fork' ? null : undefined));
}
module.exports = cluster;
