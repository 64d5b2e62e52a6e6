// breaks: node.handles-08
// does: worker.send() with a bound dgram.Socket sends the message without the handle
// profile: node
const dgram = require('node:dgram');
const { nodeCluster } = require('../lib/plant.cjs');
const { wrapSend } = require('../lib/wrap-send.cjs');

const cluster = nodeCluster();
wrapSend(cluster.Worker.prototype, (args, send) => send(args.handle instanceof dgram.Socket ? { ...args, handle: undefined } : args));
module.exports = cluster;
