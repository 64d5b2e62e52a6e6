// breaks: node.listen-04
// does: servers on one explicit port or path share one socket of the primary whatever their place, so a second listen there in one worker succeeds instead of failing with EADDRINUSE
// base: reference-node
// profile: node
const { referenceNode, referencePart } = require('../lib/plant.cjs');

const slots = referencePart('listen-slots');
const { keyOf } = referencePart('listen-request');
const shareKey = slots.shareKey;
slots.shareKey = (request, slot, followsNode) => (request.port === 0 ? shareKey(request, slot, followsNode) : keyOf(request));
module.exports = referenceNode();
