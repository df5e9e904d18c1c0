/**
 * The discrete events of a simulation (a restart backoff elapsed, a container killed, a fault
 * injected), ordered by time and then by insertion: `(atMs, seq)`, so equal times keep their order.
 */

export interface Queued<T> {
  readonly atMs: number;
  readonly seq: number;
  readonly item: T;
}

/** A binary min-heap on (atMs, seq). Plain data, so a checkpoint can copy it. */
export class EventQueue<T> {
  constructor(
    private heap: Array<Queued<T>> = [],
    private seq = 0,
  ) {}

  get size(): number {
    return this.heap.length;
  }

  push(atMs: number, item: T): void {
    const entry = { atMs, seq: this.seq++, item };
    const heap = this.heap;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(entry, heap[parent] as Queued<T>)) break;
      heap[i] = heap[parent] as Queued<T>;
      i = parent;
    }
    heap[i] = entry;
  }

  peekTime(): number {
    return this.heap.length === 0 ? Infinity : (this.heap[0] as Queued<T>).atMs;
  }

  pop(): Queued<T> | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= heap.length) break;
        const right = left + 1;
        const child = right < heap.length && before(heap[right] as Queued<T>, heap[left] as Queued<T>) ? right : left;
        if (!before(heap[child] as Queued<T>, last)) break;
        heap[i] = heap[child] as Queued<T>;
        i = child;
      }
      heap[i] = last;
    }
    return top;
  }

  snapshot(): { heap: Array<Queued<T>>; seq: number } {
    return { heap: this.heap.map((e) => ({ ...e })), seq: this.seq };
  }

  static restore<T>(s: { heap: Array<Queued<T>>; seq: number }): EventQueue<T> {
    return new EventQueue(
      s.heap.map((e) => ({ ...e })),
      s.seq,
    );
  }
}

function before<T>(a: Queued<T>, b: Queued<T>): boolean {
  return a.atMs < b.atMs || (a.atMs === b.atMs && a.seq < b.seq);
}
