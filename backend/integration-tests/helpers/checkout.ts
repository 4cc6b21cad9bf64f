/** A shopper's checkout through the shop's API, as the storefront does it. */
export const HANOI_ADDRESS = {
  full_name: "Nguyễn Thị Lan",
  phone: "0987 654 321",
  province_code: "01",
  commune_code: "00577", // Bát Tràng
  street: "12 Hàng Bạc",
}

export async function newCart(api: any, store: any, items: { variant_id: string; quantity: number }[]) {
  const { data: regions } = await api.get("/store/regions", store)
  const { data } = await api.post("/store/carts", { region_id: regions.regions[0].id }, store)
  for (const item of items) await api.post(`/store/carts/${data.cart.id}/line-items`, item, store)
  return data.cart.id as string
}

/** Address, the cheapest delivery for every producer, and a payment method: ready to place. */
export async function prepareCheckout(
  api: any,
  store: any,
  cartId: string,
  { email = "khach@example.vn", provider_id = "pp_cod_offline", code = "standard" }: { email?: string; provider_id?: string; code?: string } = {}
) {
  await api.post(`/store/ocop/carts/${cartId}/address`, { email, address: HANOI_ADDRESS }, store)
  const { data: shipping } = await api.get(`/store/ocop/carts/${cartId}/shipping-options`, store)
  const selections = shipping.groups.map((group: any) => ({
    producer_id: group.producer_id,
    option_id: group.options.find((o: any) => o.code === code).id,
  }))
  await api.post(`/store/ocop/carts/${cartId}/shipping`, { selections }, store)
  const { data } = await api.post(`/store/ocop/carts/${cartId}/payment`, { provider_id }, store)
  return { cart: data.cart, shipping: shipping.groups }
}

export async function checkout(api: any, store: any, items: { variant_id: string; quantity: number }[], options = {}) {
  const cartId = await newCart(api, store, items)
  await prepareCheckout(api, store, cartId, options)
  return cartId
}
