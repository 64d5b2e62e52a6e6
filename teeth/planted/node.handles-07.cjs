// breaks: node.handles-07
// does: worker.send() sends a net.Server with its handle once; sent again, the message goes without it
// profile: node
const net = require('node:net');
const { nodeCluster } = require('../lib/plant.cjs');
const { wrapSend } = require('../lib/wrap-send.cjs');

const cluster = nodeCluster();
const sent = new WeakSet();
wrapSend(cluster.Worker.prototype, (args, send) => {
  if (!(args.handle instanceof net.Server)) return send(args);
  if (sent.has(args.handle)) return send({ ...args, handle: undefined });
  sent.add(args.handle);
  return send(args);
});
module.exports = cluster;
