// breaks: node.handles-03
// does: a connection worker.send() sends no longer counts as its server's in the primary: getConnections() leaves it out and close() does not wait for the worker's copy
// profile: node
const net = require('node:net');
const { nodeCluster } = require('../lib/plant.cjs');
const { wrapSend } = require('../lib/wrap-send.cjs');

const cluster = nodeCluster();
wrapSend(cluster.Worker.prototype, (args, send) => {
  const server = args.handle instanceof net.Socket ? args.handle.server : null;
  if (!server) return send(args);
  // Not documented: how a net.Server counts its connections. Unhooked, the socket is sent as a lone socket.
  args.handle.server = null;
  args.handle._server = null;
  const sent = send(args);
  server._connections -= 1;
  server._emitCloseIfDrained();
  return sent;
});
module.exports = cluster;
