import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState, type FormEvent } from "react"
import { sdk } from "../lib/sdk"
import {
  CERTIFICATE_STATUS,
  errorMessage,
  formatDate,
  ISSUER_LEVEL_LABELS,
  PRODUCER_TYPE_LABELS,
} from "../lib/labels"

type Certificate = {
  id: string
  stars: number
  score: number | null
  decision_number: string
  decision_date: string
  valid_from: string
  expires_at: string
  issuing_body: string
  issuer_level: string
  evaluation_round: string | null
  producer_address: string
  status: string
  revocation_reason: string | null
}
type OcopData = {
  producer: { id: string; name: string; type: string; province_code: string } | null
  origin_region: { name: string } | null
  current_certificate_id: string | null
  certificates: Certificate[]
}

const EMPTY_CERTIFICATE = {
  stars: "4",
  score: "",
  decision_number: "",
  decision_date: "",
  issuing_body: "",
  issuer_level: "province",
  evaluation_round: "",
  producer_address: "",
}

/** On a product's page: who makes it, and its OCOP certificates (add, revoke). */
const ProductOcopWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const queryClient = useQueryClient()
  const key = ["product-ocop", product.id]
  const { data, isLoading } = useQuery({
    queryKey: key,
    queryFn: () => sdk.client.fetch<OcopData>(`/admin/products/${product.id}/ocop`),
  })
  const { data: producers } = useQuery({
    queryKey: ["producers", "all"],
    queryFn: () => sdk.client.fetch<{ producers: { id: string; name: string }[] }>("/admin/producers", { query: { limit: 200 } }),
  })
  const refresh = () => queryClient.invalidateQueries({ queryKey: key })

  const setProducer = useMutation({
    mutationFn: (producer_id: string) =>
      sdk.client.fetch(`/admin/products/${product.id}/producer`, { method: "POST", body: { producer_id } }),
    onSuccess: () => {
      toast.success("Đã cập nhật chủ thể")
      refresh()
    },
    onError: (error) => toast.error(errorMessage(error)),
  })

  const [form, setForm] = useState(EMPTY_CERTIFICATE)
  const addCertificate = useMutation({
    mutationFn: () =>
      sdk.client.fetch(`/admin/products/${product.id}/certificates`, {
        method: "POST",
        body: {
          ...form,
          stars: Number(form.stars),
          score: form.score === "" ? null : Number(form.score),
          evaluation_round: form.evaluation_round || null,
        },
      }),
    onSuccess: () => {
      toast.success("Đã ghi nhận chứng nhận OCOP")
      setForm(EMPTY_CERTIFICATE)
      refresh()
    },
    onError: (error) => toast.error(errorMessage(error)),
  })

  const revoke = useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      sdk.client.fetch(`/admin/ocop-certificates/${id}/revoke`, { method: "POST", body: { reason } }),
    onSuccess: () => {
      toast.success("Đã thu hồi chứng nhận")
      refresh()
    },
    onError: (error) => toast.error(errorMessage(error)),
  })

  const field = (name: keyof typeof EMPTY_CERTIFICATE) => ({
    id: `ocop-${name}`,
    value: form[name],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }),
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    addCertificate.mutate()
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">OCOP</Heading>
        {data?.current_certificate_id ? (
          <Badge color="green">
            {data.certificates.find((c) => c.id === data.current_certificate_id)?.stars} sao
          </Badge>
        ) : (
          <Badge color="grey">Chưa có chứng nhận hiệu lực</Badge>
        )}
      </div>

      <div className="flex flex-col gap-2 px-6 py-4">
        <Label htmlFor="ocop-producer">Chủ thể sản xuất</Label>
        {isLoading ? (
          <Text size="small">Đang tải…</Text>
        ) : (
          <>
            <Text size="small" className="text-ui-fg-subtle">
              {data?.producer
                ? `${data.producer.name} · ${PRODUCER_TYPE_LABELS[data.producer.type] ?? data.producer.type}`
                : "Chưa gắn chủ thể"}
              {data?.origin_region ? ` · Vùng: ${data.origin_region.name}` : ""}
            </Text>
            <Select value={data?.producer?.id} onValueChange={(id) => setProducer.mutate(id)}>
              <Select.Trigger id="ocop-producer">
                <Select.Value placeholder="Chọn chủ thể" />
              </Select.Trigger>
              <Select.Content>
                {(producers?.producers ?? []).map((p) => (
                  <Select.Item key={p.id} value={p.id}>
                    {p.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </>
        )}
      </div>

      <div className="flex flex-col gap-3 px-6 py-4">
        <Heading level="h3">Chứng nhận</Heading>
        {(data?.certificates ?? []).map((c) => {
          const status = CERTIFICATE_STATUS[c.status] ?? { label: c.status, color: "grey" as const }
          return (
            <div key={c.id} className="flex flex-col gap-1 rounded-md border p-3">
              <div className="flex items-center justify-between gap-2">
                <Text weight="plus">
                  {c.stars} sao · QĐ {c.decision_number}
                </Text>
                <Badge color={status.color}>{status.label}</Badge>
              </div>
              <Text size="small" className="text-ui-fg-subtle">
                {c.issuing_body} ({ISSUER_LEVEL_LABELS[c.issuer_level]}) · ký {formatDate(c.decision_date)} · hiệu lực{" "}
                {formatDate(c.valid_from)} – {formatDate(c.expires_at)}
                {c.score !== null ? ` · ${c.score} điểm` : ""}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">Địa chỉ trên quyết định: {c.producer_address}</Text>
              {c.revocation_reason && <Text size="small">Lý do thu hồi: {c.revocation_reason}</Text>}
              {(c.status === "valid" || c.status === "expiring") && (
                <div>
                  <Button
                    size="small"
                    variant="danger"
                    isLoading={revoke.isPending}
                    onClick={() => {
                      const reason = window.prompt("Lý do thu hồi chứng nhận:")
                      if (reason) revoke.mutate({ id: c.id, reason })
                    }}
                  >
                    Thu hồi
                  </Button>
                </div>
              )}
            </div>
          )
        })}
      </div>

      <form onSubmit={submit} className="grid grid-cols-2 gap-3 px-6 py-4">
        <Heading level="h3" className="col-span-2">
          Ghi nhận quyết định công nhận
        </Heading>
        <div>
          <Label htmlFor="ocop-stars">Hạng sao</Label>
          <Select value={form.stars} onValueChange={(stars) => setForm({ ...form, stars })}>
            <Select.Trigger id="ocop-stars">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {["3", "4", "5"].map((s) => (
                <Select.Item key={s} value={s}>
                  {s} sao
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div>
          <Label htmlFor="ocop-score">Điểm (không bắt buộc)</Label>
          <Input type="number" min={0} max={100} {...field("score")} />
        </div>
        <div>
          <Label htmlFor="ocop-decision_number">Số quyết định</Label>
          <Input placeholder="1032/QĐ-UBND" {...field("decision_number")} />
        </div>
        <div>
          <Label htmlFor="ocop-decision_date">Ngày ký</Label>
          <Input type="date" {...field("decision_date")} />
        </div>
        <div>
          <Label htmlFor="ocop-issuing_body">Cơ quan ban hành</Label>
          <Input placeholder="UBND tỉnh Quảng Ninh" {...field("issuing_body")} />
        </div>
        <div>
          <Label htmlFor="ocop-issuer_level">Cấp</Label>
          <Select value={form.issuer_level} onValueChange={(issuer_level) => setForm({ ...form, issuer_level })}>
            <Select.Trigger id="ocop-issuer_level">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {Object.entries(ISSUER_LEVEL_LABELS).map(([value, label]) => (
                <Select.Item key={value} value={value}>
                  {label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div>
          <Label htmlFor="ocop-evaluation_round">Đợt đánh giá</Label>
          <Input placeholder="Đợt 1/2026" {...field("evaluation_round")} />
        </div>
        <div>
          <Label htmlFor="ocop-producer_address">Địa chỉ chủ thể (như trên quyết định)</Label>
          <Input {...field("producer_address")} />
        </div>
        <div className="col-span-2">
          <Button type="submit" isLoading={addCertificate.isPending}>
            Lưu chứng nhận
          </Button>
        </div>
      </form>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductOcopWidget
