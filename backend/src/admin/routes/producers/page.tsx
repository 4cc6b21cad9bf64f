import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Select, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../../lib/sdk"
import { errorMessage, formatDate, PRODUCER_STATUS, PRODUCER_TYPE_LABELS } from "../../lib/labels"

type Producer = {
  id: string
  name: string
  slug: string
  type: string
  status: string
  province_code: string
  commune_code: string
  approved_at: string | null
  suspension_reason: string | null
}

const ALL = "all"

/** Chủ thể OCOP: every producer, approve the pending ones, suspend or reinstate. */
const ProducersPage = () => {
  const queryClient = useQueryClient()
  const [status, setStatus] = useState(ALL)
  const { data, isLoading } = useQuery({
    queryKey: ["producers", status],
    queryFn: () =>
      sdk.client.fetch<{ producers: Producer[]; count: number }>("/admin/producers", {
        query: { limit: 200, ...(status === ALL ? {} : { status }) },
      }),
  })
  const { data: geo } = useQuery({
    queryKey: ["geo-provinces"],
    queryFn: () => sdk.client.fetch<{ provinces: { code: string; name: string }[] }>("/admin/geo/provinces"),
  })
  const provinceName = new Map((geo?.provinces ?? []).map((p) => [p.code, p.name]))

  const update = useMutation({
    mutationFn: ({ id, body }: { id: string; body: Record<string, unknown> }) =>
      sdk.client.fetch(`/admin/producers/${id}`, { method: "POST", body }),
    onSuccess: () => {
      toast.success("Đã cập nhật chủ thể")
      queryClient.invalidateQueries({ queryKey: ["producers"] })
    },
    onError: (error) => toast.error(errorMessage(error)),
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Chủ thể OCOP</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Doanh nghiệp, hợp tác xã, tổ hợp tác và hộ sản xuất bán hàng trên Chợ OCOP ({data?.count ?? 0})
          </Text>
        </div>
        <Select value={status} onValueChange={setStatus}>
          <Select.Trigger aria-label="Lọc theo trạng thái" className="w-44">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>Tất cả</Select.Item>
            {Object.entries(PRODUCER_STATUS).map(([value, { label }]) => (
              <Select.Item key={value} value={value}>
                {label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Tên</Table.HeaderCell>
            <Table.HeaderCell>Loại hình</Table.HeaderCell>
            <Table.HeaderCell>Tỉnh/thành</Table.HeaderCell>
            <Table.HeaderCell>Trạng thái</Table.HeaderCell>
            <Table.HeaderCell>Duyệt ngày</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {isLoading && (
            <Table.Row>
              <Table.Cell>Đang tải…</Table.Cell>
            </Table.Row>
          )}
          {(data?.producers ?? []).map((producer) => {
            const badge = PRODUCER_STATUS[producer.status]
            return (
              <Table.Row key={producer.id}>
                <Table.Cell>{producer.name}</Table.Cell>
                <Table.Cell>{PRODUCER_TYPE_LABELS[producer.type]}</Table.Cell>
                <Table.Cell>{provinceName.get(producer.province_code) ?? producer.province_code}</Table.Cell>
                <Table.Cell>
                  <Badge color={badge.color} title={producer.suspension_reason ?? producer.rejection_reason ?? undefined}>
                    {badge.label}
                  </Badge>
                </Table.Cell>
                <Table.Cell>{formatDate(producer.approved_at)}</Table.Cell>
                <Table.Cell className="flex gap-2">
                  {producer.status !== "approved" && (
                    <Button size="small" onClick={() => update.mutate({ id: producer.id, body: { status: "approved" } })}>
                      {producer.status === "suspended" ? "Khôi phục" : "Duyệt"}
                    </Button>
                  )}
                  {producer.status === "approved" && (
                    <Button
                      size="small"
                      variant="danger"
                      onClick={() => {
                        const reason = window.prompt("Lý do tạm ngừng:")
                        if (reason) update.mutate({ id: producer.id, body: { status: "suspended", suspension_reason: reason } })
                      }}
                    >
                      Tạm ngừng
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Chủ thể OCOP",
  icon: BuildingStorefront,
})

export default ProducersPage
