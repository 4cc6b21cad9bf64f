export const PRODUCER_TYPE_LABELS: Record<string, string> = {
  enterprise: "Doanh nghiệp",
  cooperative: "Hợp tác xã",
  cooperative_group: "Tổ hợp tác",
  household: "Hộ sản xuất kinh doanh",
}

export const PRODUCER_STATUS: Record<string, { label: string; color: "green" | "orange" | "red" | "grey" }> = {
  pending: { label: "Chờ duyệt", color: "orange" },
  approved: { label: "Đã duyệt", color: "green" },
  rejected: { label: "Bị từ chối", color: "grey" },
  suspended: { label: "Tạm ngừng", color: "red" },
}

export const CERTIFICATE_STATUS: Record<string, { label: string; color: "green" | "orange" | "red" | "grey" }> = {
  valid: { label: "Còn hiệu lực", color: "green" },
  expiring: { label: "Sắp hết hạn", color: "orange" },
  expired: { label: "Hết hạn", color: "grey" },
  revoked: { label: "Đã thu hồi", color: "red" },
  not_yet_valid: { label: "Chưa hiệu lực", color: "grey" },
}

export const ISSUER_LEVEL_LABELS: Record<string, string> = {
  district: "Cấp huyện (trước 7/2025)",
  province: "Cấp tỉnh",
  ministry: "Cấp bộ",
}

const dateFormat = new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", dateStyle: "short" })
export const formatDate = (value?: string | null) => (value ? dateFormat.format(new Date(value)) : "—")

/** The message the API sent back (already in Vietnamese), or a generic one. */
export const errorMessage = (error: unknown) =>
  (error as { message?: string })?.message ?? "Có lỗi xảy ra, vui lòng thử lại."
