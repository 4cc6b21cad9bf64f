import { addDays } from "../../utils/vn-date"
import { defaultExpiry } from "./certificate-status"

export type CertificateDraft = {
  stars: number
  score?: number | null
  decision_number: string
  // Workflows pass their input through JSON, so dates may arrive as ISO strings.
  decision_date: Date | string
  valid_from?: Date | string | null
  expires_at?: Date | string | null
  issuing_body: string
  issuer_level: "district" | "province" | "ministry"
}

// Decision 148/QĐ-TTg: the score decides the star band.
const SCORE_BANDS: Record<number, [number, number]> = { 3: [50, 69], 4: [70, 89], 5: [90, 100] }
// Decision 1489/QĐ-TTg removed the district level from 1/7/2025.
export const DISTRICT_LEVEL_ENDS = new Date("2025-07-01T00:00:00+07:00")

/**
 * Every reason this certificate cannot be recorded, in Vietnamese for the
 * officer who typed it. An empty list means it may be stored.
 */
export function certificateProblems(input: CertificateDraft): string[] {
  const draft = withDefaultDates(input)
  const problems: string[] = []
  if (!Number.isInteger(draft.stars) || draft.stars < 3 || draft.stars > 5) {
    problems.push(`Hạng sao phải là 3, 4 hoặc 5 (nhận được ${draft.stars}); sản phẩm dưới 3 sao không được công nhận OCOP.`)
  } else if (draft.score !== undefined && draft.score !== null) {
    const [min, max] = SCORE_BANDS[draft.stars]
    if (draft.score < min || draft.score > max) {
      problems.push(`Điểm ${draft.score} không khớp hạng ${draft.stars} sao (cần từ ${min} đến ${max} điểm).`)
    }
  }
  if (!draft.decision_number.trim()) {
    problems.push("Cần số quyết định công nhận.")
  }
  if (!draft.issuing_body.trim()) {
    problems.push("Cần cơ quan ban hành quyết định.")
  }
  if (draft.expires_at.getTime() <= draft.decision_date.getTime()) {
    problems.push("Ngày hết hạn phải sau ngày ký quyết định.")
  }
  if (draft.valid_from.getTime() < addDays(draft.decision_date, -1).getTime()) {
    problems.push("Ngày bắt đầu hiệu lực không thể trước ngày ký quyết định.")
  }
  if (draft.issuer_level === "district") {
    if (draft.decision_date.getTime() >= DISTRICT_LEVEL_ENDS.getTime()) {
      problems.push("Cấp huyện không còn công nhận OCOP từ ngày 01/7/2025; chọn cấp tỉnh.")
    }
    if (draft.stars !== 3) {
      problems.push("Cấp huyện chỉ công nhận sản phẩm 3 sao.")
    }
  }
  if (draft.stars === 5 && draft.issuer_level !== "ministry") {
    problems.push("Sản phẩm 5 sao do Bộ công nhận; cấp ban hành phải là cấp bộ.")
  }
  return problems
}

/** Fills the dates the decision did not state: valid from its date, for 36 months. */
export function withDefaultDates<T extends CertificateDraft>(
  draft: T
): T & { decision_date: Date; valid_from: Date; expires_at: Date } {
  const decision_date = new Date(draft.decision_date)
  const valid_from = draft.valid_from ? new Date(draft.valid_from) : decision_date
  const expires_at = draft.expires_at ? new Date(draft.expires_at) : defaultExpiry(valid_from)
  return { ...draft, decision_date, valid_from, expires_at }
}
