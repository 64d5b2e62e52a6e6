// Broken on purpose: a net.Socket sent by worker.send() always stays open in the primary, as with keepOpen: true.
const cluster = require('node:cluster');
const net = require('node:net');
const { wrapSend } = require('./lib/wrap-send.cjs');

wrapSend(cluster.Worker.prototype, (args, send) => send(args.handle instanceof net.Socket ? { ...args, options: { ...args.options, keepOpen: true } } : args));
module.exports = cluster;
