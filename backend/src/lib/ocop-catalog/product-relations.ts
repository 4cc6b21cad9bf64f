import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type ProductRelations = {
  producer: {
    id: string
    slug: string
    name: string
    type: string
    status: string
    province_code: string
    commune: { code: string; name: string; kind: string } | null
  } | null
  origin_region: { slug: string; name: string; kind: string } | null
  categories: { id: string; handle: string; name: string; parent: { handle: string; name: string } | null }[]
}

/**
 * Each product's producer (with its commune), origin region and product
 * groups (with their parent group), by product id, in one SQL statement over
 * the link tables.
 * Query reads them one module and one link table at a time: about 35 of the
 * 60–90 ms a page of 24 product cards cost at 10,000 products.
 */
export async function loadProductRelations(container: MedusaContainer, productIds: string[]): Promise<Map<string, ProductRelations>> {
  if (!productIds.length) return new Map()
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `select p.id,
       (select json_build_object('id', pr.id, 'slug', pr.slug, 'name', pr.name, 'type', pr.type, 'status', pr.status,
                                 'province_code', pr.province_code,
                                 'commune', (select json_build_object('code', cm.code, 'name', cm.name, 'kind', cm.kind)
                                               from commune cm where cm.code = pr.commune_code and cm.deleted_at is null))
          from product_product_producer_producer pp
          join producer pr on pr.id = pp.producer_id and pr.deleted_at is null
         where pp.product_id = p.id and pp.deleted_at is null
         limit 1) as producer,
       (select json_build_object('slug', r.slug, 'name', r.name, 'kind', r.kind)
          from product_product_geo_origin_region por
          join origin_region r on r.id = por.origin_region_id and r.deleted_at is null
         where por.product_id = p.id and por.deleted_at is null
         limit 1) as origin_region,
       (select coalesce(json_agg(json_build_object(
                 'id', c.id, 'handle', c.handle, 'name', c.name,
                 'parent', case when parent.id is null then null else json_build_object('handle', parent.handle, 'name', parent.name) end
               ) order by c.rank, c.id), '[]')
          from product_category_product pcp
          join product_category c on c.id = pcp.product_category_id and c.deleted_at is null
          left join product_category parent on parent.id = c.parent_category_id and parent.deleted_at is null
         where pcp.product_id = p.id) as categories
     from product p
    where p.id = any(?)`,
    [productIds]
  )
  return new Map(rows.map((row: any) => [row.id as string, { producer: row.producer, origin_region: row.origin_region, categories: row.categories }]))
}
