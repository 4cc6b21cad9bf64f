import { EventEmitter } from "node:events"
import { limitFailures, memoryStore, redisStore } from "../rate-limit"

/** A request through the middleware; `status` is what the route answers when it is reached. */
function call(middleware: ReturnType<typeof limitFailures>, status: number, ip = "1.2.3.4") {
  const res: any = Object.assign(new EventEmitter(), {
    statusCode: 200,
    headers: {} as Record<string, string>,
    setHeader(name: string, value: string) {
      this.headers[name] = value
    },
    status(code: number) {
      this.statusCode = code
      return this
    },
    json(body: unknown) {
      this.body = body
      this.emit("finish")
      return this
    },
  })
  const req: any = { ip, body: { email: "A@x.vn" }, scope: { resolve: () => ({ warn() {} }) } }
  return new Promise<any>((resolve) => {
    middleware(req, res, () => {
      res.statusCode = status
      res.emit("finish")
      resolve(res)
    }).then(() => res.statusCode === 429 && resolve(res))
  })
}

const settle = () => new Promise((r) => setImmediate(r))

/** Just enough of ioredis' MULTI for redisStore, with real expiry arithmetic. */
function fakeRedis() {
  const data = new Map<string, { value: number; expiresAt: number | null }>()
  const live = (key: string) => {
    const entry = data.get(key)
    if (entry && entry.expiresAt !== null && entry.expiresAt <= Date.now()) data.delete(key)
    return data.get(key)
  }
  return {
    data,
    multi() {
      const ops: (() => unknown)[] = []
      const chain: any = {
        get: (k: string) => (ops.push(() => (live(k) ? String(live(k)!.value) : null)), chain),
        pttl: (k: string) => (ops.push(() => (live(k) ? (live(k)!.expiresAt ?? Date.now() - 1) - Date.now() : -2)), chain),
        set: (k: string, v: number, _px: string, ms: number, _nx: string) =>
          (ops.push(() => (live(k) ? null : (data.set(k, { value: v, expiresAt: Date.now() + ms }), "OK"))), chain),
        incr: (k: string) => (ops.push(() => ++live(k)!.value), chain),
        exec: async () => ops.map((op) => [null, op()]),
      }
      return chain
    },
    // Only the release script is ever evaluated: decrement a live key.
    async eval(_script: string, _keys: number, key: string) {
      const entry = live(key)
      return entry ? --entry.value : 0
    },
  }
}

describe.each([
  ["memory", () => memoryStore()],
  ["redis", () => redisStore(fakeRedis() as any, "test:")],
])("rate limit with the %s store", (_name, makeStore) => {
  it("refuses with 429 and Retry-After once the refused answers reach the limit", async () => {
    const limit = limitFailures({ name: "đăng nhập", limit: 3, windowMs: 60_000, keyOf: (req) => (req.body as any).email, store: makeStore() })
    for (let i = 0; i < 3; i++) {
      expect((await call(limit, 401)).statusCode).toBe(401)
      await settle()
    }
    const refused = await call(limit, 200)
    expect(refused.statusCode).toBe(429)
    expect(Number(refused.headers["Retry-After"])).toBeGreaterThan(0)
    expect(refused.body.message).toContain("đăng nhập")
    // Another address has its own window.
    expect((await call(limit, 401, "5.6.7.8")).statusCode).toBe(401)
  })

  it("counts only refusals unless countAll", async () => {
    const store = makeStore()
    const limit = limitFailures({ name: "x", limit: 2, windowMs: 60_000, keyOf: () => "k", store })
    for (let i = 0; i < 5; i++) {
      expect((await call(limit, 200)).statusCode).toBe(200)
      expect((await call(limit, 500)).statusCode).toBe(500)
      await settle()
    }
    const all = limitFailures({ name: "y", limit: 2, windowMs: 60_000, keyOf: () => "k", countAll: true, store: makeStore() })
    await call(all, 200)
    await settle()
    await call(all, 200)
    await settle()
    expect((await call(all, 200)).statusCode).toBe(429)
  })

  it("counts requests sent together, so a burst cannot slip under the limit", async () => {
    const limit = limitFailures({ name: "tra cứu tem", limit: 3, windowMs: 60_000, keyOf: () => "k", countAll: true, store: makeStore() })
    const answers = await Promise.all(Array.from({ length: 10 }, () => call(limit, 200)))
    expect(answers.filter((res) => res.statusCode === 200)).toHaveLength(3)
    expect(answers.filter((res) => res.statusCode === 429)).toHaveLength(7)
  })

  it("a failure-only limit counts a burst of refusals too", async () => {
    const limit = limitFailures({ name: "đăng nhập", limit: 2, windowMs: 60_000, keyOf: () => "k", store: makeStore() })
    const answers = await Promise.all(Array.from({ length: 6 }, () => call(limit, 401)))
    expect(answers.map((res) => res.statusCode).sort()).toEqual([401, 401, 429, 429, 429, 429])
  })

  it("opens a new window once the old one has passed", async () => {
    const limit = limitFailures({ name: "z", limit: 1, windowMs: 50, keyOf: () => "k", store: makeStore() })
    await call(limit, 400)
    await settle()
    expect((await call(limit, 400)).statusCode).toBe(429)
    await new Promise((r) => setTimeout(r, 80))
    expect((await call(limit, 400)).statusCode).toBe(400)
  })
})

it("lets requests through when the store fails", async () => {
  const broken = { take: async () => Promise.reject(new Error("down")), release: async () => Promise.reject(new Error("down")) }
  const limit = limitFailures({ name: "x", limit: 1, windowMs: 60_000, keyOf: () => "k", store: broken })
  expect((await call(limit, 401)).statusCode).toBe(401)
  await settle()
  expect((await call(limit, 401)).statusCode).toBe(401)
})
