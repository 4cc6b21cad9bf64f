import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { GEO_MODULE } from "../../modules/geo"
import type GeoModuleService from "../../modules/geo/service"
import type { OcopProductFilters } from "./filters"

export type OcopProductOrder = "newest" | "title"

const ORDER_BY: Record<OcopProductOrder, string> = {
  // The id breaks ties (seeded products share created_at), so pages never repeat or skip a product.
  newest: "p.created_at desc, p.id desc",
  title: "p.title asc, p.id asc",
}

type Options = {
  now?: Date
  salesChannelIds?: string[]
  /** Only among these products (a fair's booth products). */
  productIds?: string[]
  page?: { limit: number; offset: number; order: OcopProductOrder }
}

/**
 * The published products a shopper may see that match every filter (products
 * of approved producers only), in one SQL statement with the count, so a page
 * of a 10,000-product catalogue costs one round trip instead of loading every
 * id. It reads the tables of the product, producer, geo and OCOP modules and
 * their link tables together: Query would filter each module in memory.
 * Star filters look at the certificate in force right now, so they follow the clock.
 */
export async function findOcopProductPage(
  container: MedusaContainer,
  filters: OcopProductFilters,
  { now = new Date(), salesChannelIds, productIds, page }: Options = {}
): Promise<{ ids: string[]; count: number }> {
  const where: string[] = []
  const bindings: any[] = []
  const add = (clause: string, ...values: unknown[]) => {
    where.push(clause)
    bindings.push(...values)
  }

  if (salesChannelIds) {
    add(
      `exists (select 1 from product_sales_channel psc where psc.product_id = p.id and psc.deleted_at is null and psc.sales_channel_id = any(?))`,
      salesChannelIds
    )
  }
  if (productIds) add(`p.id = any(?)`, productIds)
  if (filters.province) {
    const codes = await container.resolve<GeoModuleService>(GEO_MODULE).resolveProvinceCodes(filters.province)
    if (!codes.length) return { ids: [], count: 0 }
    add(`pr.province_code = any(?)`, codes)
  }
  if (filters.producer_type?.length) add(`pr.type = any(?)`, filters.producer_type)
  if (filters.producer) add(`pr.slug = ?`, filters.producer)
  if (filters.group) {
    // A group includes its sub-groups.
    add(
      `exists (select 1 from product_category_product pcp where pcp.product_id = p.id and pcp.product_category_id in (
        with recursive tree as (
          select id from product_category where handle = ? and deleted_at is null
          union all
          select c.id from product_category c join tree on c.parent_category_id = tree.id where c.deleted_at is null
        ) select id from tree))`,
      filters.group
    )
  }
  if (filters.origin_region) {
    add(
      `exists (select 1 from product_product_geo_origin_region por join origin_region r on r.id = por.origin_region_id and r.deleted_at is null
        where por.product_id = p.id and por.deleted_at is null and r.slug = ?)`,
      filters.origin_region
    )
  }
  if (filters.stars?.length) {
    // The stars of the newest certificate in force (as currentCertificate picks it), looked up per
    // product through the product_id index. Inside EXISTS, not as "(subquery) = any(?)": PostgreSQL
    // guesses 0.5 % of the products pass that comparison (50 of 3,000 for one star level at 10,000
    // products) and joined the producers by nested loop, 230-500 ms; it guesses half for an EXISTS
    // it cannot flatten, and hash-joins (70-90 ms). A semi-join on the certificates planned better
    // still once analysed, but on freshly written, unanalysed tables took seconds for 79 products.
    add(
      `exists (select 1 from (select c.stars from ocop_certificate c
         where c.product_id = p.id and c.deleted_at is null and c.valid_from <= ? and c.expires_at > ?
           and (c.revoked_at is null or c.revoked_at > ?)
         order by c.valid_from desc limit 1) newest where newest.stars = any(?))`,
      now,
      now,
      now,
      filters.stars
    )
  }

  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const paging = page ? `order by ${ORDER_BY[page.order]} limit ? offset ?` : ""
  const { rows } = await knex.raw(
    `select p.id, count(*) over () as total
       from product p
       join product_product_producer_producer pp on pp.product_id = p.id and pp.deleted_at is null
       join producer pr on pr.id = pp.producer_id and pr.deleted_at is null and pr.status = 'approved'
      where p.deleted_at is null and p.status = 'published'${where.map((w) => ` and ${w}`).join("")}
      ${paging}`,
    page ? [...bindings, page.limit, page.offset] : bindings
  )
  if (rows.length) return { ids: rows.map((r: any) => r.id), count: Number(rows[0].total) }
  // A page past the end has no rows to carry the count.
  if (!page || page.offset === 0) return { ids: [], count: 0 }
  const { count } = await findOcopProductPage(container, filters, { now, salesChannelIds, productIds, page: { ...page, offset: 0 } })
  return { ids: [], count }
}

/** Every id findOcopProductPage would list, unpaged. */
export async function findOcopProductIds(container: MedusaContainer, filters: OcopProductFilters, options: Omit<Options, "page"> = {}) {
  return (await findOcopProductPage(container, filters, options)).ids
}
