import type { SearchTypes } from "@medusajs/framework/types"
import { search } from "@medusajs/framework/utils"

/** A product index shaped like the OCOP one (src/lib/ocop-search/fields.ts), plus a few edge cases. */
export const productFields = search
  .define({
    id: search.keyword().filterable().sortable(),
    handle: search.keyword().filterable(),
    title: search.text().searchable({ weight: 3 }),
    subtitle: search.text().searchable({ weight: 2 }),
    description: search.text().searchable().retrievable(false),
    producer: search.object({
      slug: search.keyword().filterable(),
      name: search.text().searchable({ weight: 1.5 }),
      type: search.keyword().filterable().facetable(),
    }),
    province: search.object({
      code: search.keyword().filterable().facetable(),
      name: search.text().searchable({ weight: 2 }).facetable(),
    }),
    groups: search
      .object({
        handle: search.keyword(),
        name: search.text().searchable({ weight: 2 }),
      })
      .array(),
    group_handles: search.keyword().array().filterable().facetable(),
    stars: search.integer().filterable().sortable().facetable({ types: ["value", "stats"] }),
    price_min: search.integer().filterable().sortable().facetable({ types: ["range", "stats"] }),
    rating: search.float().filterable(),
    in_stock: search.boolean().filterable(),
    created_at: search.date().filterable().sortable().facetable({ types: ["value", "range", "stats"] }),
    sales_channel_ids: search.keyword().array().filterable().retrievable(false),
    tags: search.keyword().array().sortable(),
    embedding: search.vector(4),
  })
  .toFields()

export function productDefinition(
  overrides: Partial<SearchTypes.ResolvedSearchIndexDefinition> = {}
): SearchTypes.ResolvedSearchIndexDefinition {
  return {
    name: "product",
    entity: "product",
    primary_key: "id",
    provider: "meilisearch",
    fields: productFields,
    settings: {},
    definition_hash: "hash-product-1",
    physical_name: "product_v1",
    seed: async function* () {},
    ...overrides,
  }
}

/** A search input as the Search Module hands it to a provider. */
export function searchInput(overrides: Partial<SearchTypes.ProviderSearchQuery> = {}): SearchTypes.ProviderSearchQuery {
  return {
    index: productDefinition(),
    attributes_to_retrieve: ["id", "title", "province.name"],
    pagination: { skip: 0, take: 20 },
    search_options: {},
    ...overrides,
  }
}

/** Vietnamese OCOP products as the document builder would produce them. */
export const vietnameseProducts = [
  {
    id: "prod_tra_hoa_vang",
    handle: "tra-hoa-vang-ba-che",
    title: "Trà hoa vàng Ba Chẽ",
    subtitle: "Đặc sản Quảng Ninh",
    description: "Trà hoa vàng hái ở rừng Ba Chẽ, sấy lạnh.",
    producer: { slug: "htx-ba-che", name: 'HTX "Hoa Vàng" Ba Chẽ', type: "cooperative" },
    province: { code: "22", name: "Quảng Ninh" },
    groups: [{ handle: "tra", name: "Trà" }],
    group_handles: ["do-uong", "tra"],
    stars: 5,
    price_min: 350000,
    rating: 4.8,
    in_stock: true,
    created_at: "2025-03-01T00:00:00.000Z",
    sales_channel_ids: ["sc_main"],
  },
  {
    id: "prod_nuoc_mam",
    handle: "nuoc-mam-phu-quoc",
    title: "Nước mắm Phú Quốc 40 độ đạm",
    subtitle: "Cá cơm ủ chượp 12 tháng",
    producer: { slug: "cong-ty-mam", name: "Công ty Nước mắm Phú Quốc", type: "company" },
    province: { code: "91", name: "An Giang" },
    groups: [{ handle: "gia-vi", name: "Gia vị" }],
    group_handles: ["gia-vi"],
    stars: 4,
    price_min: 120000,
    rating: 4.5,
    in_stock: true,
    created_at: "2025-05-10T00:00:00.000Z",
    sales_channel_ids: ["sc_main"],
  },
  {
    id: "prod_ca_phe",
    handle: "ca-phe-buon-ma-thuot",
    title: "Cà phê Buôn Ma Thuột rang mộc",
    subtitle: "Robusta Đắk Lắk",
    producer: { slug: "htx-ea-tu", name: "HTX Ea Tu", type: "cooperative" },
    province: { code: "66", name: "Đắk Lắk" },
    groups: [{ handle: "ca-phe", name: "Cà phê" }],
    group_handles: ["do-uong", "ca-phe"],
    stars: 4,
    price_min: 180000,
    rating: 4.6,
    in_stock: false,
    created_at: "2025-07-20T00:00:00.000Z",
    sales_channel_ids: ["sc_main"],
  },
  {
    id: "prod_banh_trang",
    handle: "banh-trang-me",
    title: "Bánh tráng mè đen",
    subtitle: "Làng nghề Bà Rịa",
    producer: { slug: "co-so-ba-ria", name: "Cơ sở Bà Rịa", type: "household" },
    province: { code: "79", name: "Bà Rịa - Vũng Tàu" },
    groups: [{ handle: "banh", name: "Bánh" }],
    group_handles: ["banh"],
    stars: 3,
    price_min: 45000,
    rating: 4.1,
    in_stock: true,
    created_at: "2025-09-02T00:00:00.000Z",
    sales_channel_ids: ["sc_main", "sc_b2b"],
  },
]
