// breaks: node.listen-09
// does: a worker's relative Unix socket path is resolved against the primary's working directory (as it was at fork()), not the worker's
// profile: node
const net = require('node:net');
const path = require('node:path');
const { nodeCluster, replaceMethod } = require('../lib/plant.cjs');

const PRIMARY_CWD = 'CC_PLANTED_PRIMARY_CWD';
const cluster = nodeCluster();
if (cluster.isPrimary) {
  replaceMethod(cluster, 'fork', (fork) => (env) => fork({ ...env, [PRIMARY_CWD]: process.cwd() }));
} else {
  const inPrimary = (p) => (typeof p === 'string' && !path.isAbsolute(p) && !/^\d+$/.test(p) ? path.resolve(process.env[PRIMARY_CWD], p) : p);
  const listen = net.Server.prototype.listen;
  net.Server.prototype.listen = function (first, ...rest) {
    const target = first !== null && typeof first === 'object' && typeof first.path === 'string' ? { ...first, path: inPrimary(first.path) } : inPrimary(first);
    return listen.call(this, target, ...rest);
  };
}
module.exports = cluster;
