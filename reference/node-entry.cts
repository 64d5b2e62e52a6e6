/** CommonJS entry of the Node-compatible mode: the same single cluster instance, switched to Node's behaviour. */
import { setCompatMode } from './compat-mode.cjs';

setCompatMode('node');
import cluster = require('./index.cjs');
export = cluster;
