// Helper of the broken targets: in workers, bind errors emitted by objects of `prototype` always name a port,
// 0 when none was asked for ("bind CODE address:0", `port: 0`).
const cluster = require('node:cluster');

module.exports = function bindErrorWithPort(prototype) {
  if (cluster.isPrimary) return cluster;
  const emit = prototype.emit;
  prototype.emit = function (name, error, ...rest) {
    if (name === 'error' && error && error.syscall === 'bind' && error.port === undefined) {
      error.port = 0;
      error.message = `bind ${error.code} ${error.address}:0`;
    }
    return emit.call(this, name, error, ...rest);
  };
  return cluster;
};
