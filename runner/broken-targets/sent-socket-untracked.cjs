// Broken on purpose: a connection worker.send() sends no longer counts as its server's in the primary: the server
// forgets it when it is sent, so getConnections() leaves it out and close() does not wait for the worker's copy.
const cluster = require('node:cluster');
const net = require('node:net');
const { wrapSend } = require('./lib/wrap-send.cjs');

wrapSend(cluster.Worker.prototype, (args, send) => {
  const server = args.handle instanceof net.Socket ? args.handle.server : null;
  if (!server) return send(args);
  // Node's own internals: how a server counts its connections. Unhooked, the socket is sent as a lone socket.
  args.handle.server = null;
  args.handle._server = null;
  const sent = send(args);
  server._connections -= 1;
  server._emitCloseIfDrained();
  return sent;
});
module.exports = cluster;
