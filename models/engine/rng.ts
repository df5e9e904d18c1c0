/**
 * Seeded randomness: one scenario seed, logged, derives an independent named stream per
 * component (`streams.get('traffic')`), so a draw added in one subsystem leaves the others
 * unchanged. Streams wrap seedrandom's ARC4 generator, whose state can be saved for checkpoints.
 */
import seedrandom from 'seedrandom';

interface Prng {
  quick(): number;
  state(): object;
}
export type StreamStates = Record<string, object>;

export class RandomStreams {
  private readonly streams = new Map<string, Prng>();

  constructor(
    readonly seed: string,
    private readonly saved: StreamStates = {},
  ) {}

  /** A uniform draw in [0, 1) from the named stream. */
  next(name: string): number {
    return this.stream(name).quick();
  }

  /** An integer in [0, n). */
  nextInt(name: string, n: number): number {
    return Math.floor(this.next(name) * n);
  }

  /** Every stream's position, for a checkpoint. */
  save(): StreamStates {
    const out: StreamStates = { ...this.saved };
    for (const [name, prng] of this.streams) out[name] = prng.state();
    return out;
  }

  private stream(name: string): Prng {
    let prng = this.streams.get(name);
    if (!prng) {
      const state = this.saved[name];
      const options = { state: (state ?? true) as never };
      prng = (state ? seedrandom('', options) : seedrandom(`${this.seed}/${name}`, options)) as unknown as Prng;
      this.streams.set(name, prng);
    }
    return prng;
  }
}
