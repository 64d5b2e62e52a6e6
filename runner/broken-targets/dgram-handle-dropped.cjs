// Broken on purpose: worker.send() with a dgram.Socket sends the message without the handle.
const cluster = require('node:cluster');
const dgram = require('node:dgram');
const { wrapSend } = require('./lib/wrap-send.cjs');

wrapSend(cluster.Worker.prototype, (args, send) => send(args.handle instanceof dgram.Socket ? { ...args, handle: undefined } : args));
module.exports = cluster;
