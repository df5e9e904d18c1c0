import fc from 'fast-check';
import { Simulation } from '../models/engine/simulation';
import { InvariantChecker } from '../models/invariants';
import { scenarioArbitrary } from '../tests/helpers/scenarioArbitrary';
const [seed, only, proc, from, to] = process.argv.slice(2).map((x, i) => (i === 2 ? x : Number(x)));
let i = 0;
fc.check(fc.property(scenarioArbitrary({ wide: true, maxDurationMs: 3600000 }), (s) => {
  if (i++ !== only) return true;
  const checker = new InvariantChecker();
  let first: string | undefined;
  const sim = new Simulation(s, { checkpointEveryMs: Infinity, sinks: [checker], afterStep: (c) => { const p = checker.check(c); if (p.length && !first) { first = p[0]; } } });
  sim.advanceTo(s.durationMs);
  console.log('first', first);
  for (const e of sim.events) if (e.atMs >= (from as number) && e.atMs <= (to as number) && (proc === 'all' || e.process === proc || e.process === 'jobmanager')) console.log(e.atMs, e.process, e.type, e.message.slice(0, 160));
  return true;
}), { seed: seed as number, numRuns: (only as number) + 1 });
