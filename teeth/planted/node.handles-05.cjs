// breaks: node.handles-05
// does: a listening net.Server sent by worker.send() is closed in the primary once sent
// touches: node.handles-07
// profile: node
const net = require('node:net');
const { nodeCluster } = require('../lib/plant.cjs');
const { wrapSend } = require('../lib/wrap-send.cjs');

const cluster = nodeCluster();
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
