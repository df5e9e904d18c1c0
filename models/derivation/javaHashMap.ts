/**
 * Iteration order of a `java.util.HashMap<String, …>` filled in a given order. Flink joins its
 * dynamic properties by iterating a HashMap, so reproducing Java's bucket order reproduces the
 * exact string the start scripts receive.
 */

/** `String#hashCode`, 32-bit signed. */
export function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/** Keys in the order a default-capacity HashMap iterates them after inserting them in `insertionOrder`. */
export function javaHashMapOrder(insertionOrder: readonly string[]): string[] {
  let capacity = 16;
  while (insertionOrder.length > capacity * 0.75) capacity *= 2;
  const bucket = (key: string) => {
    const h = javaStringHash(key);
    return (h ^ (h >>> 16)) & (capacity - 1);
  };
  // Resizing splits buckets but keeps relative order, so (bucket, insertion index) is the final order.
  return insertionOrder
    .map((key, index) => ({ key, index, bucket: bucket(key) }))
    .sort((a, b) => a.bucket - b.bucket || a.index - b.index)
    .map((e) => e.key);
}
