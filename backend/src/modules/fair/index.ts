import { Module } from "@medusajs/framework/utils"
import FairModuleService from "./service"

export const FAIR_MODULE = "fair"

export default Module(FAIR_MODULE, { service: FairModuleService })
