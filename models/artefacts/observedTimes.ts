/**
 * Absolute times as artefacts write them, to epoch milliseconds, without the wall clock (models/ may not use Date,
 * tests/models/purity.test.ts): epoch seconds or milliseconds (Prometheus' `1733300000.123`, Grafana's raw time
 * field), ISO 8601/RFC 3339 (`2026-12-04T10:00:00Z`, `…+01:00`, Kubernetes' `startedAt`), Grafana's formatted time
 * (`2026-12-04 10:00:00`, the browser's zone, which the file does not say) and the old Grafana export's default
 * `YYYY-MM-DDTHH:mm:ssZ` (moment.js, public/app/core/utils/file_export.ts of grafana/grafana 5.x).
 */

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

export interface ParsedTime {
  readonly epochMs: number;
  /** False when the text carried no zone (read as UTC). */
  readonly zoned: boolean;
}

/** An ISO 8601 date-time (with `T` or a blank, optional seconds, fraction and zone), or undefined when it is not one. */
export function parseIsoTime(text: string): ParsedTime | undefined {
  const m = ISO.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const second = Number(m[6] ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return undefined;
  const fractionMs = Math.round(Number(`0.${m[7] ?? '0'}`) * 1000);
  const zone = m[8];
  let offsetMin = 0;
  if (zone && zone.toUpperCase() !== 'Z') {
    const digits = zone.replace(':', '');
    offsetMin = (digits.startsWith('-') ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  const days = daysFromCivil(year, month, day);
  const epochMs = ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + fractionMs - offsetMin * 60_000;
  return { epochMs, zoned: zone !== undefined };
}

/** Epoch seconds below this, epoch milliseconds above (1e11 s is the year 5138; 1e11 ms is 1973). */
const MS_THRESHOLD = 1e11;

/** A number of epoch seconds or epoch milliseconds (decimals allowed), or undefined when the text is not a number. */
function parseEpoch(text: string): number | undefined {
  const t = text.trim();
  if (!/^\d+(\.\d+)?([eE][+-]?\d+)?$/.test(t)) return undefined;
  const n = Number(t);
  return Math.round(n > MS_THRESHOLD ? n : n * 1000);
}

/** Epoch or ISO text, or undefined when it is neither. */
export function parseAbsoluteTime(text: string): ParsedTime | undefined {
  const epoch = parseEpoch(text);
  return epoch !== undefined ? { epochMs: epoch, zoned: true } : parseIsoTime(text);
}

/** `2026-12-04T10:00:00.123Z` for an epoch ms (for messages and notes). */
export function formatEpochMs(epochMs: number): string {
  const days = Math.floor(epochMs / 86_400_000);
  const msOfDay = epochMs - days * 86_400_000;
  // civil_from_days (H. Hinnant)
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const h = Math.floor(msOfDay / 3_600_000);
  const min = Math.floor(msOfDay / 60_000) % 60;
  const s = Math.floor(msOfDay / 1000) % 60;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(h)}:${pad(min)}:${pad(s)}.${pad(msOfDay % 1000, 3)}Z`;
}
