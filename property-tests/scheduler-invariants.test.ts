// Safety properties of the reference round-robin scheduler under arbitrary interleavings of arrivals,
// acknowledgements (accepted, refused, late, repeated), workers joining and leaving.
import { propertyTest } from './fc-run.js';
import { schedulerProperties as p } from './scheduler-catalogue.js';

propertyTest(
  { name: 'every connection ends exactly once: accepted by one worker, or closed when no worker remains', clauses: ['how-07', 'how-21', 'how-22'] },
  p.conservation,
);
propertyTest(
  { name: 'a worker never holds more than one unacknowledged connection', clauses: ['how-08'] },
  p.oneUnacknowledged,
);
propertyTest(
  { name: 'nothing is handed to a worker after it left or refused', clauses: ['how-07', 'how-19'] },
  p.onlyToMembers,
);
propertyTest(
  { name: 'a refused connection goes next, to another worker', clauses: ['how-07', 'how-21'] },
  p.refusedGoesFirstElsewhere,
);
propertyTest(
  { name: 'no worker gets two connections while another worker stays free', clauses: ['how-07'] },
  p.noStarvation,
);
