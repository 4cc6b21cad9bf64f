import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GEO_MODULE } from "../../../modules/geo"
import type GeoModuleService from "../../../modules/geo/service"

export const validateLocationStep = createStep(
  "validate-producer-location",
  async (input: { province_code?: string; commune_code?: string }, { container }) => {
    if (input.province_code === undefined && input.commune_code === undefined) {
      return new StepResponse(undefined)
    }
    const geo = container.resolve<GeoModuleService>(GEO_MODULE)
    await geo.assertLocation(input.province_code ?? "", input.commune_code ?? "")
    return new StepResponse(undefined)
  }
)
