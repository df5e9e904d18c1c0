/**
 * A process's history at a fixed resolution: the run's span cut into equal buckets, each keeping the
 * minimum and maximum of every charted column. Memory stays bounded whatever the sample count (a
 * 30-day run at 1 s is 2.6 million samples per process), and a chart drawn from min/max per bucket
 * still shows every peak (an OOM spike is never averaged away).
 */
export class SeriesBuckets {
  readonly min: Float64Array;
  readonly max: Float64Array;
  /** How many buckets hold data (buckets fill in time order). */
  filled = 0;

  constructor(
    readonly columns: readonly number[],
    readonly bucketMs: number,
    readonly bucketCount: number,
  ) {
    this.min = new Float64Array(bucketCount * columns.length).fill(NaN);
    this.max = new Float64Array(bucketCount * columns.length).fill(NaN);
  }

  add(atMs: number, values: ArrayLike<number>): void {
    const b = Math.min(this.bucketCount - 1, Math.floor(atMs / this.bucketMs));
    const width = this.columns.length;
    for (let k = 0; k < width; k++) {
      const v = values[this.columns[k] as number] as number;
      const i = b * width + k;
      const lo = this.min[i] as number;
      if (!(lo <= v)) this.min[i] = v;
      const hi = this.max[i] as number;
      if (!(hi >= v)) this.max[i] = v;
    }
    if (b + 1 > this.filled) this.filled = b + 1;
  }

  /** Buckets from `fromBucket` to the last filled one, as copies (the worker transfers them to the page). */
  since(fromBucket: number): { min: Float64Array; max: Float64Array } {
    const width = this.columns.length;
    return { min: this.min.slice(fromBucket * width, this.filled * width), max: this.max.slice(fromBucket * width, this.filled * width) };
  }

  /** Takes buckets sent by `since` (the page's copy of the worker's history). */
  merge(fromBucket: number, min: Float64Array, max: Float64Array): void {
    const width = this.columns.length;
    this.min.set(min, fromBucket * width);
    this.max.set(max, fromBucket * width);
    this.filled = Math.max(this.filled, fromBucket + min.length / width);
  }
}

/** Bucket width for a run: about `target` buckets, never finer than one sample. */
export function bucketMsFor(durationMs: number, sampleIntervalMs: number, target = 1500): number {
  return Math.max(sampleIntervalMs, Math.ceil(durationMs / target));
}
