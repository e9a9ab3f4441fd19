// The "最后更新于" date without Intl: the same text Intl gives for zh-CN in Asia/Shanghai, for any instant.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { beijingTime } from '../../docs/.vitepress/theme/beijing-time.ts'

const intl = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})
/** Intl's answer, assembled from its parts (its own separators vary between ICU versions). */
const viaIntl = (ms: number) => {
  const part = (type: string) => intl.formatToParts(ms).find((p) => p.type === type)!.value
  return `${part('year')}年${Number(part('month'))}月${Number(part('day'))}日 ${part('hour')}:${part('minute')}`
}

describe('beijingTime', () => {
  it('writes a commit time as a Beijing clock shows it', () => {
    expect(beijingTime(Date.parse('2026-11-25T15:42:57Z'))).toBe('2026年11月25日 23:42')
    // Past midnight in Beijing while still the day before in UTC; leap day; New Year.
    expect(beijingTime(Date.parse('2024-02-28T16:05:00Z'))).toBe('2024年2月29日 00:05')
    expect(beijingTime(Date.parse('2022-12-31T16:00:00Z'))).toBe('2023年1月1日 00:00')
  })
  it('agrees with Intl (zh-CN, Asia/Shanghai) on any instant since 1992', () => {
    const since1992 = Date.parse('1992-01-01T00:00:00Z')
    fc.assert(
      fc.property(fc.integer({ min: since1992, max: Date.parse('2100-01-01T00:00:00Z') }), (ms) => {
        expect(beijingTime(ms)).toBe(viaIntl(ms))
      }),
      { numRuns: 2000 },
    )
  })
})
