import { certificateProblems } from "../certificate-rules"

const draft = {
  stars: 4,
  score: 78,
  decision_number: "1032/QĐ-UBND",
  decision_date: new Date("2026-05-01T00:00:00+07:00"),
  issuing_body: "UBND tỉnh Quảng Ninh",
  issuer_level: "province" as const,
}

describe("certificate rules", () => {
  it("accepts a complete provincial 4-star decision", () => {
    expect(certificateProblems(draft)).toEqual([])
  })

  it("names every problem in Vietnamese", () => {
    expect(certificateProblems({ ...draft, stars: 2 })).toEqual([expect.stringMatching(/Hạng sao phải là 3, 4 hoặc 5/)])
    expect(certificateProblems({ ...draft, score: 92 })).toEqual([expect.stringMatching(/Điểm 92 không khớp hạng 4 sao/)])
    expect(certificateProblems({ ...draft, expires_at: "2026-04-30" })).toEqual([
      expect.stringMatching(/Ngày hết hạn phải sau ngày ký/),
    ])
    expect(certificateProblems({ ...draft, stars: 5, score: null })).toEqual([expect.stringMatching(/5 sao do Bộ công nhận/)])
  })

  it("allows district decisions only for 3 stars and only before July 2025", () => {
    const district = { ...draft, stars: 3, score: 60, issuer_level: "district" as const, issuing_body: "UBND huyện Ba Chẽ" }
    expect(certificateProblems({ ...district, decision_date: "2024-10-01" })).toEqual([])
    expect(certificateProblems(district)).toEqual([expect.stringMatching(/từ ngày 01\/7\/2025/)])
  })
})
