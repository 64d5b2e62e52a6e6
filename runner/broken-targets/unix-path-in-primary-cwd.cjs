// Broken on purpose: a worker's relative Unix socket path is resolved against the primary's working directory
// (as it was at fork()), not the worker's.
const cluster = require('node:cluster');
const net = require('node:net');
const path = require('node:path');

const PRIMARY_CWD = 'CC_BROKEN_PRIMARY_CWD';
if (cluster.isPrimary) {
  const fork = cluster.fork;
  cluster.fork = function (env) {
    return fork.call(this, { ...env, [PRIMARY_CWD]: process.cwd() });
  };
} else {
  const listen = net.Server.prototype.listen;
  net.Server.prototype.listen = function (first, ...rest) {
    const inPrimary = (p) => (typeof p === 'string' && !path.isAbsolute(p) && !/^\d+$/.test(p) ? path.resolve(process.env[PRIMARY_CWD], p) : p);
    const target = first !== null && typeof first === 'object' && typeof first.path === 'string' ? { ...first, path: inPrimary(first.path) } : inPrimary(first);
    return listen.call(this, target, ...rest);
  };
}
module.exports = cluster;
