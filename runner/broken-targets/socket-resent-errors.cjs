// Broken on purpose: sending a net.Socket that worker.send() already sent without keepOpen fails (its callback gets
// an error, send() returns false) instead of sending the message without a handle.
const cluster = require('node:cluster');
const net = require('node:net');
const { wrapSend } = require('./lib/wrap-send.cjs');

const sent = new WeakSet();
wrapSend(cluster.Worker.prototype, (args, send, worker) => {
  if (!(args.handle instanceof net.Socket) || args.options?.keepOpen) return send(args);
  if (!sent.has(args.handle)) {
    sent.add(args.handle);
    return send(args);
  }
  const error = Object.assign(new Error('socket already sent'), { code: 'ERR_CC_ALREADY_SENT' });
  process.nextTick(() => (args.callback ? args.callback(error) : worker.emit('error', error)));
  return false;
});
module.exports = cluster;
