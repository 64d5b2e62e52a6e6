// Safety properties of the reference round-robin scheduler under arbitrary interleavings of arrivals,
// acknowledgements (accepted, refused, late, early, repeated), workers joining and leaving; each at
// capacity 1 (Node's) and at the capacity the reference's round-robin handle ships.
import { atBothCapacities } from './fc-run.js';
import { schedulerProperties as p } from './scheduler-catalogue.js';

atBothCapacities(
  p.conservation,
  { name: 'capacity 1: every connection ends exactly once, accepted by one worker or closed when no worker remains', clauses: ['how-07', 'how-21', 'how-22'] },
  { name: 'capacity 2 (shipped): every connection ends exactly once, accepted by one worker or closed when no worker remains', clauses: ['how-07', 'how-21', 'how-22'] },
);

atBothCapacities(
  p.atMostCapacity,
  { name: 'capacity 1: a worker never holds more than one unacknowledged connection', clauses: ['how-08'] },
  { name: 'capacity 2 (shipped): a worker never holds more than two unacknowledged connections', clauses: ['how-08'] },
);

atBothCapacities(
  p.onlyToMembers,
  { name: 'capacity 1: nothing is handed to a worker after it left or refused', clauses: ['how-07', 'how-19'] },
  { name: 'capacity 2 (shipped): nothing is handed to a worker after it left or refused', clauses: ['how-07', 'how-19'] },
);

atBothCapacities(
  p.refusedGoesFirstElsewhere,
  { name: 'capacity 1: a refused connection goes next, to another worker', clauses: ['how-07', 'how-21'] },
  { name: 'capacity 2 (shipped): a refused connection goes next, to another worker', clauses: ['how-07', 'how-21'] },
);

atBothCapacities(
  p.fewestHeldFirst,
  { name: 'capacity 1: a connection never goes to a worker holding k while another member holds fewer', clauses: ['how-07', 'how-08'] },
  { name: 'capacity 2 (shipped): a connection never goes to a worker holding k while another member holds fewer', clauses: ['how-07', 'how-08'] },
);

atBothCapacities(
  p.noStarvation,
  { name: 'capacity 1: no worker gets two connections while another worker stays free', clauses: ['how-07'] },
  { name: 'capacity 2 (shipped): while a member holds k unchanged, no other worker gets two connections each while holding k', clauses: ['how-07'] },
);
