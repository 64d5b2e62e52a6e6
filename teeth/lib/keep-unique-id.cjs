// For teeth/planted/node.findings-09.cjs: preloaded in each worker (NODE_OPTIONS=--require), it sets
// NODE_UNIQUE_ID again to the worker's id before the worker's own code runs.
'use strict';
const cluster = require('node:cluster');

if (cluster.worker) process.env.NODE_UNIQUE_ID = String(cluster.worker.id);
