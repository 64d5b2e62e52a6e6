// Broken on purpose: worker.send() with a net.Server that is not listening throws instead of sending the message
// without a handle.
const cluster = require('node:cluster');
const net = require('node:net');
const { wrapSend } = require('./lib/wrap-send.cjs');

wrapSend(cluster.Worker.prototype, (args, send) => {
  if (args.handle instanceof net.Server && !args.handle.listening) {
    throw Object.assign(new TypeError('the server is not listening'), { code: 'ERR_CC_NOT_LISTENING' });
  }
  return send(args);
});
module.exports = cluster;
