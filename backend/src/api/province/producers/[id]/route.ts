import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCER_MODULE } from "../../../../modules/producer"
import type ProducerModuleService from "../../../../modules/producer/service"
import { loadPortalProducts, producerProductIds } from "../../../../lib/portal/product-rows"
import { provinceProducer } from "../../context"

/** GET /province/producers/:id — a producer of the province with its papers, members and products. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const producer = await provinceProducer(req, req.params.id)
  const ids = await producerProductIds(req.scope, producer.id)
  const members = await req.scope
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducerMembers({ producer_id: producer.id } as any)
  res.json({
    producer: {
      ...producer,
      members: members.map(({ id, name, email, role }) => ({ id, name, email, role })),
      products: ids.length ? await loadPortalProducts(req.scope, { id: ids }) : [],
    },
  })
}
