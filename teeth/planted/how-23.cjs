// breaks: how-23
// does: the primary keeps the shared round-robin server listening after the last worker on it left, so new connections are accepted (then dropped) instead of refused
// base: reference
const { reference, referencePart } = require('../lib/plant.cjs');

const handles = referencePart('round-robin-handle');
const { RoundRobinHandle } = handles;
handles.RoundRobinHandle = class NeverClosing extends RoundRobinHandle {
  close() {}
};

module.exports = reference();
