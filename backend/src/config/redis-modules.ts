import { Modules } from "@medusajs/framework/utils"

/**
 * With REDIS_URL set, events, workflows, locks and cache move to Redis so that
 * several server and worker processes can share them. Without it Medusa keeps
 * them in memory, which is right for one process on a laptop.
 */
export function redisModules(redisUrl: string, { caching = true }: { caching?: boolean } = {}) {
  const modules: { key: string; resolve: string; options: Record<string, unknown> }[] = [
    {
      key: Modules.EVENT_BUS,
      resolve: "@medusajs/medusa/event-bus-redis",
      options: { redisUrl },
    },
    {
      key: Modules.WORKFLOW_ENGINE,
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl } },
    },
    {
      key: Modules.LOCKING,
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
  ]
  if (caching) {
    modules.push({
      key: Modules.CACHING,
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/caching-redis",
            id: "caching-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    })
  }
  return modules
}
