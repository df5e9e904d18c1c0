/** JSON with bigint byte counts printed as exact integers (JSON numbers have no size limit; JS's do). */
const MARK = '\u0000bigint:';

export function toJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${MARK}${v}` : v), indent).replace(
    /"\\u0000bigint:(-?\d+)"/g,
    '$1',
  );
}
