import { Module } from "@medusajs/framework/utils"
import TraceModuleService from "./service"

export const TRACE_MODULE = "trace"

export default Module(TRACE_MODULE, {
  service: TraceModuleService,
})
