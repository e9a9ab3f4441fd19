// Dates as Chinese readers write them, in Beijing time: `2026年11月25日 23:42`.
//
// China keeps UTC+8 all year (no daylight saving since 1991), so the offset is a constant and no
// Intl.DateTimeFormat is needed: building one costs a phone some 100 ms of locale data during
// hydration, and the page would have to wait for it to show the date at all.

export const UTC8_MS = 8 * 60 * 60 * 1000

/** `2026年11月25日 23:42` for the instant `ms`, on a clock in Beijing (what `zh-CN` medium date + short time shows there). */
export function beijingTime(ms: number): string {
  const d = new Date(ms + UTC8_MS)
  const hh = String(d.getUTCHours()).padStart(2, '0')
  const mm = String(d.getUTCMinutes()).padStart(2, '0')
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${hh}:${mm}`
}
