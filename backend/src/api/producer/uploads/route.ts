import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { filesForUpload } from "../../uploads"

/** POST /producer/uploads — product pictures; answers their URLs for a listing. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await uploadFilesWorkflow(req.scope).run({ input: { files: filesForUpload(req) } })
  res.status(201).json({ files: result.map((file) => ({ id: file.id, url: file.url })) })
}
