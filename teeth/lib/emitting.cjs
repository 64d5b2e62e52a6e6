// Whether an emitter is in the middle of emitting an event: for planted modules that behave differently
// inside the listeners of one event. Plain CommonJS, like plant.cjs.
'use strict';
const { replaceMethod } = require('./plant.cjs');

/** Wraps `emitter.emit`; the function returned tells whether the listeners of `event` are running right now. */
function whileEmitting(emitter, event) {
  let depth = 0;
  replaceMethod(emitter, 'emit', (emit) => (name, ...args) => {
    if (name !== event) return emit(name, ...args);
    depth += 1;
    try {
      return emit(name, ...args);
    } finally {
      depth -= 1;
    }
  });
  return () => depth > 0;
}

module.exports = { whileEmitting };
