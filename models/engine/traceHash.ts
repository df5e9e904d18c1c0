/**
 * A running hash of everything a trace contains (samples and events), identical in Node and in
 * the browser: integer-only mixing (Math.imul) over two 32-bit lanes, printed as 16 hex digits.
 */

export class TraceHash {
  constructor(
    public a = 0x811c9dc5,
    public b = 0x01000193 ^ 0x5bd1e995,
  ) {}

  /** Mixes one non-negative integer below 2^53 (bytes, milliseconds, counts). */
  addInt(value: number): void {
    const lo = value >>> 0;
    const hi = (value / 4294967296) >>> 0;
    this.a = Math.imul(this.a ^ lo, 0x01000193);
    this.a = Math.imul(this.a ^ hi, 0x01000193);
    this.b = Math.imul(this.b ^ lo, 0x5bd1e995);
    this.b ^= this.b >>> 13;
    this.b = Math.imul(this.b ^ hi, 0x5bd1e995);
  }

  addString(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      this.a = Math.imul(this.a ^ c, 0x01000193);
      this.b = Math.imul(this.b ^ c, 0x5bd1e995);
      this.b ^= this.b >>> 15;
    }
    this.addInt(text.length);
  }

  hex(): string {
    return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
  }
}
