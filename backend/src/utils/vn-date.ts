/** Vietnam has one time zone and no daylight saving: UTC+7 all year. */
const VN_OFFSET = "+07:00"
const MS_PER_DAY = 86_400_000

/** "2024-03-15" → the instant that day begins in Asia/Ho_Chi_Minh. Full ISO timestamps pass through. */
export function vnDate(value: string | Date): Date {
  if (value instanceof Date) return value
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00${VN_OFFSET}`) : new Date(value)
  if (Number.isNaN(date.getTime())) {
    throw new Error(`"${value}" is not a date`)
  }
  return date
}

/** The calendar day ("YYYY-MM-DD") an instant falls on in Vietnam. */
export function vnDay(date: Date): string {
  return new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
}

/** Same day-of-month `months` later in Vietnam, clamped to the month's end (31/1 + 1 month → 28/2 or 29/2). */
export function addMonthsVn(date: Date, months: number): Date {
  const [y, m, d] = vnDay(date).split("-").map(Number)
  const target = new Date(Date.UTC(y, m - 1 + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  const day = String(Math.min(d, lastDay)).padStart(2, "0")
  const month = String(target.getUTCMonth() + 1).padStart(2, "0")
  const timeOfDay = (date.getTime() - vnDate(vnDay(date)).getTime())
  return new Date(vnDate(`${target.getUTCFullYear()}-${month}-${day}`).getTime() + timeOfDay)
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * MS_PER_DAY)
}

/** Monday 00:00 in Vietnam of the week `date` falls in. */
export function startOfWeekVn(date: Date): Date {
  const day = vnDate(vnDay(date))
  const weekday = new Date(day.getTime() + 7 * 3_600_000).getUTCDay() // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7))
}
