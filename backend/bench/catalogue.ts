/**
 * The synthetic catalogue the benchmarks run on: producers and products made
 * from the demo store's real products, deterministic (same seed, same shop),
 * so two runs measure the same data. Pure: the seed script writes it.
 */
import productsData from "../src/scripts/seed/data/ocop-products.json"
import communesData from "../src/scripts/seed/data/communes.json"
import provincesData from "../src/scripts/seed/data/provinces.json"
import producersData from "../src/scripts/seed/data/producers.json"
import { addMonthsVn } from "../src/utils/vn-date"

export const BENCH_PREFIX = "bench-"
const TYPES = ["enterprise", "cooperative", "cooperative_group", "household"] as const
const TYPE_NAMES = { enterprise: "Công ty TNHH", cooperative: "Hợp tác xã", cooperative_group: "Tổ hợp tác", household: "Hộ kinh doanh" }
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
const GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Lan", "Linh", "Minh", "Nam", "Phúc", "Quang", "Sơn", "Thảo", "Trang", "Tuấn", "Yến"]
const BRANDS = ["Xanh", "Sạch", "Quê Hương", "Đất Việt", "Phúc Lộc", "Hồng Phát", "Tân Tiến", "An Khang", "Minh Long", "Thành Công", "Hương Quê", "Bảo An"]
/** Words a real listing adds to the name of its kind of product. */
const DESCRIPTORS = [
  "loại đặc biệt", "hữu cơ", "truyền thống", "cao cấp", "gia truyền", "thượng hạng", "quà biếu", "túi tiện lợi",
  "hộp quà Tết", "nguyên chất", "vụ mới", "xuất khẩu", "đóng hộp", "thủ công", "mộc", "lên men tự nhiên",
]
const PACKS = [
  { title: "Gói nhỏ", factor: 0.5 },
  { title: "Gói vừa", factor: 1 },
  { title: "Hộp lớn", factor: 1.9 },
]

/** mulberry32: a small PRNG with a seed, so the catalogue is the same on every machine. */
export function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type BenchProducer = {
  slug: string
  name: string
  type: (typeof TYPES)[number]
  province_code: string
  commune_code: string
  status: "approved" | "pending" | "suspended"
  contact_name: string
  phone: string
  story: string
}

export type BenchCertificate = {
  stars: 3 | 4 | 5
  score: number
  decision_number: string
  decision_date: Date
  expires_at: Date
  issuing_body: string
  issuer_level: "province" | "ministry"
  producer_address: string
  revoked: boolean
}

export type BenchProduct = {
  handle: string
  title: string
  subtitle: string
  description: string
  group: string
  origin_region: string | null
  producer: string
  variants: { title: string; sku: string; price: number; stock: number }[]
  certificate: BenchCertificate | null
}

const provinceName = new Map(provincesData.provinces.map((p) => [p.code, p.name.normalize("NFC")]))
const communesByProvince = new Map<string, { code: string; name: string }[]>()
for (const c of communesData.communes) {
  communesByProvince.set(c.province_code, [...(communesByProvince.get(c.province_code) ?? []), c])
}

/** `perProvince` producers in every province that has communes on the map; a few are pending or suspended. */
export function benchProducers(perProvince: number): BenchProducer[] {
  const rand = random(20261206)
  const producers: BenchProducer[] = []
  for (const [province_code, communes] of [...communesByProvince].sort(([a], [b]) => a.localeCompare(b))) {
    for (let n = 1; n <= perProvince; n++) {
      const type = TYPES[(n + producers.length) % TYPES.length]
      const commune = communes[n % communes.length]
      const brand = BRANDS[Math.floor(rand() * BRANDS.length)]
      const person = `${FAMILY[Math.floor(rand() * FAMILY.length)]} Văn ${GIVEN[Math.floor(rand() * GIVEN.length)]}`
      const index = producers.length
      producers.push({
        slug: `${BENCH_PREFIX}${province_code}-${n}`,
        name: `${TYPE_NAMES[type]} ${brand} ${commune.name} ${n}`.normalize("NFC"),
        type,
        province_code,
        commune_code: commune.code,
        // One in 25 waits for approval and one in 40 is suspended: their products must stay hidden.
        status: index % 25 === 24 ? "pending" : index % 40 === 39 ? "suspended" : "approved",
        contact_name: person.normalize("NFC"),
        phone: `09${String(10_000_000 + index).slice(-8)}`,
        story: `Cơ sở sản xuất đặc sản ${provinceName.get(province_code)} (dữ liệu thử hiệu năng).`.normalize("NFC"),
      })
    }
  }
  return producers
}

/**
 * `count` products, each a variation of a real demo product ("Trà hoa vàng Ba
 * Chẽ hữu cơ 412"), sold by a bench producer of the same province as the
 * original when there is one. Stars: about half 3★, a third 4★, a tenth 5★,
 * the rest without a certificate, expired or revoked, as in a real catalogue.
 */
export function benchProducts(count: number, producers: BenchProducer[], now: Date): BenchProduct[] {
  const rand = random(79)
  const templates = productsData.products
  const demoProducers = new Map(producersData.producers.map((p) => [p.slug, p.province_code]))
  const byProvince = new Map<string, BenchProducer[]>()
  for (const p of producers) byProvince.set(p.province_code, [...(byProvince.get(p.province_code) ?? []), p])
  const products: BenchProduct[] = []
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length]
    const province = demoProducers.get(template.producer) ?? ""
    const local = byProvince.get(province) ?? producers
    const producer = local[Math.floor(rand() * local.length)]
    const descriptor = DESCRIPTORS[Math.floor(rand() * DESCRIPTORS.length)]
    const base = template.variants[0].price
    const spread = 0.6 + rand() * 0.9
    const title = `${template.title} ${descriptor} ${i + 1}`.normalize("NFC")
    const starsRoll = rand()
    const stars: 3 | 4 | 5 | null = starsRoll < 0.5 ? 3 : starsRoll < 0.83 ? 4 : starsRoll < 0.93 ? 5 : null
    // Decisions of the last three years: about one in twelve has lapsed by now; one in a hundred was revoked.
    const ageDays = Math.floor(rand() * 3 * 365 + 30)
    const decision_date = new Date(now.getTime() - ageDays * 86_400_000)
    const expires_at = addMonthsVn(decision_date, 36)
    products.push({
      handle: `${BENCH_PREFIX}${template.handle}-${i + 1}`,
      title,
      subtitle: `${descriptor[0].toUpperCase()}${descriptor.slice(1)} — ${provinceName.get(producer.province_code)}`.normalize("NFC"),
      description: `${template.description}\n\n${title}: sản phẩm của ${producer.name}.`.normalize("NFC"),
      group: template.group,
      origin_region: (template as any).origin_region && producer.province_code === province ? (template as any).origin_region : null,
      producer: producer.slug,
      variants: PACKS.slice(0, 1 + (i % 3)).map((pack, rank) => ({
        title: pack.title,
        sku: `BENCH-${i + 1}-${rank + 1}`,
        // Whole thousands of đồng, as shelf prices are.
        price: Math.max(1000, Math.round((base * spread * pack.factor) / 1000) * 1000),
        stock: Math.floor(rand() * 200),
      })),
      certificate: stars
        ? {
            stars,
            score: stars === 3 ? 50 + Math.floor(rand() * 20) : stars === 4 ? 70 + Math.floor(rand() * 20) : 90 + Math.floor(rand() * 11),
            decision_number: `${1000 + i}/QĐ-BENCH`,
            decision_date,
            expires_at,
            issuing_body: stars === 5 ? "Bộ Nông nghiệp và Môi trường" : `Ủy ban nhân dân ${provinceName.get(producer.province_code)}`,
            issuer_level: stars === 5 ? "ministry" : "province",
            producer_address: `${producer.name}, ${provinceName.get(producer.province_code)}`,
            revoked: i % 100 === 57,
          }
        : null,
    })
  }
  return products
}
