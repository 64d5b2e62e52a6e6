// breaks: how-01
// does: fork() starts each worker under a shell, so the worker process is a grandchild of the primary, not its child
const path = require('node:path');
const { nodeCluster, replaceMethod } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isPrimary) {
  // child_process.fork() runs process.execPath; for the time of the call, that is the shell script.
  const shell = path.join(__dirname, '..', 'lib', 'worker-under-shell.sh');
  replaceMethod(cluster, 'fork', (fork) => (...args) => {
    const node = process.execPath;
    process.env.CC_PLANT_NODE = node;
    process.execPath = shell;
    try {
      return fork(...args);
    } finally {
      process.execPath = node;
    }
  });
}
module.exports = cluster;
