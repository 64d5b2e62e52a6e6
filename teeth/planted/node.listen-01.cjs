// breaks: node.listen-01
// does: every listen(0) or bind(0) on one address gets one port, also two open at once in one worker (the cluster page's how-16, which Node does not follow)
// touches: node.listen-02
// base: reference-node
// profile: node
const { referenceNode, referencePart } = require('../lib/plant.cjs');

// The reference in its Node mode, but keying its listen(0) handles as its doc mode does: by address only.
const slots = referencePart('listen-slots');
const shareKey = slots.shareKey;
slots.shareKey = (request, slot) => shareKey(request, slot, false);
module.exports = referenceNode();
