export { vnDay } from "../../utils/vn-date"

/** Every day from one YYYY-MM-DD to another, inclusive. */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = []
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10))
  return days
}
