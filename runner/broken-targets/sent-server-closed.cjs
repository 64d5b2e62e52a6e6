// Broken on purpose: a net.Server sent by worker.send() is closed in the primary once sent.
const cluster = require('node:cluster');
const net = require('node:net');
const { wrapSend } = require('./lib/wrap-send.cjs');

wrapSend(cluster.Worker.prototype, (args, send) => {
  if (!(args.handle instanceof net.Server)) return send(args);
  const server = args.handle;
  return send({
    ...args,
    callback(error) {
      if (server.listening) server.close();
      args.callback?.(error);
    },
  });
});
module.exports = cluster;
