// Broken on purpose: the reference in its Node mode, but servers on an explicit port or path share one handle
// whatever their number, so a second listen there in one worker succeeds instead of failing with EADDRINUSE.
const slots = require('../../dist/reference/listen-slots.cjs');
const { keyOf } = require('../../dist/reference/listen-request.cjs');

const shareKey = slots.shareKey;
slots.shareKey = (request, slot, followsNode) => (request.port === 0 ? shareKey(request, slot, followsNode) : keyOf(request));
module.exports = require('../../dist/reference/node-entry.cjs');
