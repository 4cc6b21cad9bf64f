/**
 * The producer portal's backend access (/producer/*, actor "producer"). Route
 * modules call these; nothing here reaches the browser.
 */
import { withTimeout } from "./backend-errors.server";
import { sdk } from "./medusa.server";
import { localizedName, topGroups, childGroups, toGroupNodes, type ApiCategory } from "./ocop";
import { PRODUCER_LOGIN_PATH, PRODUCER_PORTAL_PATH, type CertificateClaimPayload, type CreateProductPayload, type SignUpPayload, type UpdateProductPayload } from "./portal";
import { portalClient, portalFetch, portalLogin, type PortalClient } from "./portal-api.server";
import type {
  CategoryOption,
  ClaimRow,
  Commune,
  Dashboard,
  Member,
  Paper,
  PortalProducer,
  ProducerOrderRow,
  ProductRow,
} from "./portal-types";
import type { Locale } from "../i18n/locales";
import { BACKEND_TIMEOUT_MS, cached } from "./store-api.server";
import { withBackend } from "./backend-errors.server";

/** The signed-in member's client; no token or an expired one redirects to the login page. */
export function producerClient(request: Request): Promise<PortalClient> {
  return portalClient(request, "producer", { login: PRODUCER_LOGIN_PATH, forbidden: PRODUCER_PORTAL_PATH });
}

export const loginProducer = (email: string, password: string) => portalLogin("producer", email, password);

/** Public: POST /producer/signup (all or nothing). */
export function signUpProducer(payload: SignUpPayload) {
  return portalFetch<{ producer: PortalProducer; member: Member }>("/producer/signup", { json: payload });
}

/** A province's communes (store API), for the sign-up form. */
export async function listCommunes(provinceCode: string): Promise<Commune[]> {
  if (!/^\d{2}$/.test(provinceCode)) return [];
  const { communes } = await portalFetch<{ communes: Commune[] }>("/store/geo/communes", { query: { province_code: provinceCode } });
  return communes ?? [];
}

function filesForm(files: File[]): FormData {
  const form = new FormData();
  for (const file of files) form.append("files", file, file.name);
  return form;
}

export function getMe(client: PortalClient) {
  return client.call<{ member: Member; producer: PortalProducer }>("/producer/me");
}

export async function uploadPapers(client: PortalClient, files: File[]): Promise<Paper[]> {
  const { papers } = await client.call<{ papers: Paper[] }>("/producer/papers", { form: filesForm(files) });
  return papers;
}

/** Uploads with a bare token (right after sign-up, before the session cookie reaches the browser). */
export async function uploadPapersWithToken(token: string, files: File[]): Promise<Paper[]> {
  const { papers } = await portalFetch<{ papers: Paper[] }>("/producer/papers", { token, form: filesForm(files) });
  return papers;
}

export async function uploadImages(client: PortalClient, files: File[]): Promise<string[]> {
  if (!files.length) return [];
  const { files: uploaded } = await client.call<{ files: Array<{ url: string }> }>("/producer/uploads", { form: filesForm(files) });
  return uploaded.map((file) => file.url);
}

export const getDashboard = (client: PortalClient) => client.load<Dashboard>("/producer/dashboard");

export async function listProducts(client: PortalClient): Promise<ProductRow[]> {
  const { products } = await client.load<{ products: ProductRow[] }>("/producer/products");
  return products ?? [];
}

export async function getProduct(client: PortalClient, id: string): Promise<ProductRow> {
  const { product } = await client.load<{ product: ProductRow }>(`/producer/products/${encodeURIComponent(id)}`);
  return product;
}

export async function createProduct(client: PortalClient, payload: CreateProductPayload): Promise<ProductRow> {
  const { product } = await client.call<{ product: ProductRow }>("/producer/products", { json: payload });
  return product;
}

export async function updateProduct(client: PortalClient, id: string, payload: UpdateProductPayload): Promise<ProductRow> {
  const { product } = await client.call<{ product: ProductRow }>(`/producer/products/${encodeURIComponent(id)}`, { json: payload });
  return product;
}

export async function claimCertificate(client: PortalClient, id: string, claim: CertificateClaimPayload): Promise<ClaimRow> {
  const { claim: row } = await client.call<{ claim: ClaimRow }>(
    `/producer/products/${encodeURIComponent(id)}/certificate-claims`,
    { json: claim },
  );
  return row;
}

export function listOrders(client: PortalClient, status?: string) {
  return client.load<{ orders: ProducerOrderRow[]; count: number }>("/producer/orders", { query: { status } });
}

export async function getOrder(client: PortalClient, id: string): Promise<ProducerOrderRow> {
  const { order } = await client.load<{ order: ProducerOrderRow }>(`/producer/orders/${encodeURIComponent(id)}`);
  return order;
}

export async function orderAction(
  client: PortalClient,
  id: string,
  action: "confirm" | "ship" | "cancel",
  body: Record<string, string> = {},
): Promise<ProducerOrderRow> {
  const { order } = await client.call<{ order: ProducerOrderRow }>(`/producer/orders/${encodeURIComponent(id)}/${action}`, { json: body });
  return order;
}

export async function listMembers(client: PortalClient): Promise<Member[]> {
  const { members } = await client.load<{ members: Member[] }>("/producer/members");
  return members ?? [];
}

export async function addMember(
  client: PortalClient,
  member: { name: string; email: string; password: string; role: "owner" | "staff" },
): Promise<Member> {
  const { member: created } = await client.call<{ member: Member }>("/producer/members", { json: member });
  return created;
}

// The product groups the shop shows (store categories), with their ids for a listing.
const categoriesCache = cached(5 * 60_000, async () => {
  const { product_categories } = await withTimeout(
    sdk.store.category.list({ fields: "id,handle,name,parent_category_id,metadata", limit: 100 }),
    BACKEND_TIMEOUT_MS,
  );
  return (product_categories ?? []) as unknown as ApiCategory[];
});

/** Groups then their sub-groups ("Trà, chè › Chè xanh"), in the shop's order, as select options. */
export async function listCategoryOptions(locale: Locale): Promise<CategoryOption[]> {
  const categories = await withBackend(categoriesCache);
  const idByHandle = new Map(categories.map((c) => [c.handle, c.id]));
  const nodes = toGroupNodes(categories);
  const options: CategoryOption[] = [];
  for (const top of topGroups(nodes)) {
    const name = localizedName(top, locale);
    options.push({ id: idByHandle.get(top.handle) ?? "", label: name });
    for (const child of childGroups(nodes, top.handle)) {
      options.push({ id: idByHandle.get(child.handle) ?? "", label: `${name} › ${localizedName(child, locale)}` });
    }
  }
  return options.filter((option) => option.id);
}
