/**
 * A deep copy of plain data (objects, arrays, finite numbers, strings, booleans): what a checkpoint
 * stores. The state holds no undefined, NaN or class instances, so a JSON round trip is exact (and
 * is the fastest deep copy V8 has).
 */
export function deepCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
