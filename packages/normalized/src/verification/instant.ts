/**
 * Provider timestamps as text that sorts in time order. Ondato's `createdUtc` has seven fractional
 * digits (.NET, `2023-01-16T23:40:52.4886646Z`), Netki's six, Jumio's three or none ("valid with and
 * without the SSS milliseconds", Jumio's callback guide), so neither `Date` (milliseconds) nor the
 * text itself (`…52Z` sorts after `…52.4Z`) compares them right.
 */

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * `YYYY-MM-DDTHH:MM:SS.fffffffffZ` in UTC, nanosecond digits padded, for an ISO 8601 timestamp; a
 * timestamp without a zone is read as UTC (all four providers send UTC). Undefined when it is no
 * timestamp, so that the caller falls back to arrival order rather than trusting a garbled value.
 */
export function sortableInstant(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = isoPattern.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second = "00", fraction = "", zone = "Z"] = match;
  let offsetMinutes = 0;
  if (zone.toUpperCase() !== "Z") {
    const sign = zone.startsWith("-") ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || "0"));
  }
  const epochSeconds = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)) / 1000 - offsetMinutes * 60;
  const date = new Date(epochSeconds * 1000);
  if (Number.isNaN(date.getTime()) || Number(month) > 12 || Number(day) > 31 || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 60) return undefined;
  return `${date.toISOString().slice(0, 19)}.${fraction.padEnd(9, "0")}Z`;
}
