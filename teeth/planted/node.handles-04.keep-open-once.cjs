// breaks: node.handles-04
// does: a net.Socket sent with keepOpen can be sent with its handle once; sent again, with keepOpen too, the message goes without it
// profile: node
const net = require('node:net');
const { nodeCluster } = require('../lib/plant.cjs');
const { wrapSend } = require('../lib/wrap-send.cjs');

const cluster = nodeCluster();
const sent = new WeakSet();
wrapSend(cluster.Worker.prototype, (args, send) => {
  if (!(args.handle instanceof net.Socket) || !args.options?.keepOpen) return send(args);
  if (sent.has(args.handle)) return send({ ...args, handle: undefined, options: undefined });
  sent.add(args.handle);
  return send(args);
});
module.exports = cluster;
