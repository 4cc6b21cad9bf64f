import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"

export type UploadedFile = { originalname: string; mimetype: string; buffer: Buffer }

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024
export const PAPER_TYPES = ["application/pdf", "image/jpeg", "image/png", "image/webp"]
export const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"]

/**
 * Multipart `files` kept in memory and checked before any byte reaches the
 * file module: at most `maxFiles` of at most 5 MB, of the given types.
 */
export function acceptFiles(types: string[], maxFiles = 5) {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: MAX_UPLOAD_BYTES, files: maxFiles },
    fileFilter: (_req, file, done) => {
      if (types.includes(file.mimetype)) return done(null, true)
      done(new MedusaError(MedusaError.Types.INVALID_DATA, `Tệp "${file.originalname}" không đúng loại cho phép.`))
    },
  }).array("files", maxFiles)
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
    upload(req as any, res as any, (error: any) => {
      if (!error) {
        if (!(req as any).files?.length) return next(new MedusaError(MedusaError.Types.INVALID_DATA, "Chưa chọn tệp nào."))
        return next()
      }
      if (error instanceof MedusaError) return next(error)
      const messages: Record<string, string> = {
        LIMIT_FILE_SIZE: "Mỗi tệp tối đa 5 MB.",
        LIMIT_FILE_COUNT: `Tối đa ${maxFiles} tệp mỗi lần.`,
        LIMIT_UNEXPECTED_FILE: `Tối đa ${maxFiles} tệp, trong trường "files".`,
      }
      next(new MedusaError(MedusaError.Types.INVALID_DATA, messages[error.code] ?? `Không nhận được tệp: ${error.message}`))
    })
}

/** The multer files as Medusa's uploadFilesWorkflow takes them. */
export const filesForUpload = (req: MedusaRequest, access: "public" | "private" = "public") =>
  ((req as any).files as UploadedFile[]).map((file) => ({
    filename: Buffer.from(file.originalname, "latin1").toString("utf8").normalize("NFC"),
    mimeType: file.mimetype,
    content: file.buffer.toString("base64"),
    access,
  }))
