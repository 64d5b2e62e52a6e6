// Distribution properties of the reference round-robin scheduler on a simulated clock, at capacity 1
// (Node's) and at the capacity the reference's round-robin handle ships.
import { atBothCapacities } from './fc-run.js';
import { schedulerProperties as p } from './scheduler-catalogue.js';

atBothCapacities(
  p.equalDelayBalance,
  { name: 'capacity 1, equal acknowledgement delays: per-worker counts never differ by more than 1', clauses: ['how-07'] },
  { name: 'capacity 2 (shipped), equal acknowledgement delays: per-worker counts never differ by more than 1', clauses: ['how-07'] },
);

atBothCapacities(
  p.unequalDelayShares,
  { name: 'capacity 1, unequal delays with a standing backlog: worker i accepts exactly floor(T / d_i) by time T', clauses: ['how-07', 'how-08'] },
  { name: 'capacity 2 (shipped), unequal delays with a standing backlog: worker i accepts exactly 2·floor(T / d_i) by time T', clauses: ['how-07', 'how-08'] },
);
