// Broken on purpose: worker.send() sends a net.Server once; sent again, the message goes without the handle.
const cluster = require('node:cluster');
const net = require('node:net');
const { wrapSend } = require('./lib/wrap-send.cjs');

const sent = new WeakSet();
wrapSend(cluster.Worker.prototype, (args, send) => {
  if (!(args.handle instanceof net.Server)) return send(args);
  if (sent.has(args.handle)) return send({ ...args, handle: undefined });
  sent.add(args.handle);
  return send(args);
});
module.exports = cluster;
