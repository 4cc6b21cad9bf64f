import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { filesForUpload } from "../../uploads"
import { producerContext } from "../context"
import { updateProducerWorkflow } from "../../../workflows/update-producer"

/** POST /producer/papers — business papers (PDF or pictures) for the province to check; allowed while pending. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { producer } = producerContext(req)
  const files = filesForUpload(req)
  const { result } = await uploadFilesWorkflow(req.scope).run({ input: { files } })
  const papers = [
    ...(producer.papers ?? []),
    ...result.map((file, i) => ({ id: file.id, url: file.url, filename: files[i].filename })),
  ]
  await updateProducerWorkflow(req.scope).run({ input: { id: producer.id, papers } })
  res.status(201).json({ papers })
}
