import { defineLink } from "@medusajs/framework/utils"
import FairModule from "../modules/fair"
import ProducerModule from "../modules/producer"

// A booth keeps its producer's id; this lets Query follow it.
export default defineLink({ linkable: FairModule.linkable.booth, field: "producer_id" }, ProducerModule.linkable.producer, { readOnly: true })
