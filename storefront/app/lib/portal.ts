/**
 * Pure helpers of the producer and province portals: turning their forms into
 * the backend's payloads (see backend/src/api/producer/README.md), status
 * labels, and mapping the backend's Vietnamese 400 messages onto form fields.
 * No server code here: shared by actions, components and unit tests.
 */
import { ISSUER_LEVELS, PRODUCER_TYPES, type IssuerLevel, type ProducerType } from "./ocop";

// ---------------------------------------------------------------------------
// Paths
// ---------------------------------------------------------------------------

export const PRODUCER_PORTAL_PATH = "/nha-san-xuat";
export const PRODUCER_SIGNUP_PATH = `${PRODUCER_PORTAL_PATH}/dang-ky`;
export const PRODUCER_LOGIN_PATH = `${PRODUCER_PORTAL_PATH}/dang-nhap`;
export const PRODUCER_LOGOUT_PATH = `${PRODUCER_PORTAL_PATH}/dang-xuat`;
export const PRODUCER_PRODUCTS_PATH = `${PRODUCER_PORTAL_PATH}/san-pham`;
export const PRODUCER_NEW_PRODUCT_PATH = `${PRODUCER_PRODUCTS_PATH}/moi`;
export const PRODUCER_ORDERS_PATH = `${PRODUCER_PORTAL_PATH}/don-hang`;
export const PRODUCER_MEMBERS_PATH = `${PRODUCER_PORTAL_PATH}/thanh-vien`;

export const producerProductPath = (id: string) => `${PRODUCER_PRODUCTS_PATH}/${encodeURIComponent(id)}`;
export const producerOrderPath = (id: string) => `${PRODUCER_ORDERS_PATH}/${encodeURIComponent(id)}`;

export const PROVINCE_PORTAL_PATH = "/tinh";
export const PROVINCE_LOGIN_PATH = `${PROVINCE_PORTAL_PATH}/dang-nhap`;
export const PROVINCE_LOGOUT_PATH = `${PROVINCE_PORTAL_PATH}/dang-xuat`;
export const PROVINCE_PRODUCERS_PATH = `${PROVINCE_PORTAL_PATH}/chu-the`;
export const PROVINCE_PRODUCTS_PATH = `${PROVINCE_PORTAL_PATH}/san-pham`;
export const PROVINCE_CERTIFICATES_PATH = `${PROVINCE_PORTAL_PATH}/chung-nhan`;

export const provinceProducerPath = (id: string) => `${PROVINCE_PRODUCERS_PATH}/${encodeURIComponent(id)}`;

/** `/nha-san-xuat/dang-nhap?next=/nha-san-xuat/don-hang` */
export function loginHref(loginPath: string, next: string | null | undefined): string {
  return next ? `${loginPath}?${new URLSearchParams({ next })}` : loginPath;
}

// ---------------------------------------------------------------------------
// Statuses
// ---------------------------------------------------------------------------

export const PRODUCER_STATUSES = ["pending", "approved", "rejected", "suspended"] as const;
export type ProducerStatus = (typeof PRODUCER_STATUSES)[number];

export const MODERATION_STATES = ["pending", "approved", "rejected"] as const;
export type ModerationState = (typeof MODERATION_STATES)[number];

export const ORDER_STATUSES = ["pending", "confirmed", "shipped", "cancelled"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const CLAIM_STATUSES = MODERATION_STATES;
export type ClaimStatus = ModerationState;

function oneOf<T extends string>(values: readonly T[], value: unknown, fallback: T): T {
  return typeof value === "string" && (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

export const toProducerStatus = (value: unknown): ProducerStatus => oneOf(PRODUCER_STATUSES, value, "pending");
export const toModerationState = (value: unknown): ModerationState => oneOf(MODERATION_STATES, value, "pending");
export const toOrderStatus = (value: unknown): OrderStatus => oneOf(ORDER_STATUSES, value, "pending");

/** i18n keys of the labels ("Chờ duyệt", "Đã duyệt", …). */
export const producerStatusKey = (status: unknown) => `portal.producerStatus.${toProducerStatus(status)}` as const;
export const moderationKey = (state: unknown) => `portal.moderation.${toModerationState(state)}` as const;
export const orderStatusKey = (status: unknown) => `portal.orderStatus.${toOrderStatus(status)}` as const;

export type Tone = "waiting" | "good" | "bad" | "neutral";

/** The badge colour of any portal status. */
export function statusTone(status: string): Tone {
  if (status === "pending" || status === "proposed" || status === "draft") return "waiting";
  if (status === "approved" || status === "published" || status === "shipped" || status === "confirmed") return "good";
  if (status === "rejected" || status === "suspended" || status === "cancelled") return "bad";
  return "neutral";
}

/** The actions an order in this status offers its producer. */
export function orderActions(status: unknown): Array<"confirm" | "ship" | "cancel"> {
  switch (toOrderStatus(status)) {
    case "pending":
      return ["confirm", "cancel"];
    case "confirmed":
      return ["ship", "cancel"];
    default:
      return [];
  }
}

/** The decisions an officer can take on a producer in this status. */
export function producerDecisions(status: unknown): Array<"approve" | "reject" | "suspend" | "reinstate"> {
  switch (toProducerStatus(status)) {
    case "pending":
      return ["approve", "reject"];
    case "approved":
      return ["suspend"];
    case "suspended":
      return ["reinstate"];
    case "rejected":
      return ["approve"];
  }
}

// ---------------------------------------------------------------------------
// Backend errors → form fields
// ---------------------------------------------------------------------------

export interface FormErrors {
  /** Messages not tied to one field (or tied to a field the form does not show). */
  form: string[];
  /** Field name (as in the form: "producer.name", "variants.0.price") → message. */
  fields: Record<string, string>;
}

export const noErrors = (): FormErrors => ({ form: [], fields: {} });

export function hasErrors(errors: FormErrors | null | undefined): boolean {
  return !!errors && (errors.form.length > 0 || Object.keys(errors.fields).length > 0);
}

const VALIDATION_PREFIX = /^(Dữ liệu không hợp lệ|Tham số không hợp lệ|Invalid request):\s*/u;
const FIELD_PATH = /^[a-z_][a-z0-9_]*(\.[a-z0-9_]+)*$/i;

/**
 * The backend's validation message, "Dữ liệu không hợp lệ: producer.name: Tên
 * chủ thể quá ngắn; member.email: Email không hợp lệ", as field errors.
 * `prefix` is put before every path (a claim form's fields are "certificate.*",
 * the claim route's paths are bare). Paths not in `known` (when given) and
 * messages without a path stay form-level messages, so nothing is lost.
 */
export function mapBackendErrors(
  message: string | null | undefined,
  options: { prefix?: string; known?: ReadonlyArray<string>; rename?: (path: string) => string | null } = {},
): FormErrors {
  const errors = noErrors();
  const text = (message ?? "").trim();
  if (!text) return errors;
  const body = text.replace(VALIDATION_PREFIX, "");
  if (body === text) {
    // Not a validation list (a workflow's rule): one message for the whole form.
    errors.form.push(text);
    return errors;
  }
  for (const part of body.split(/;\s+/)) {
    const index = part.indexOf(": ");
    const path = index > 0 ? part.slice(0, index).trim() : "";
    const detail = index > 0 ? part.slice(index + 2).trim() : part.trim();
    if (!path || !FIELD_PATH.test(path)) {
      errors.form.push(part.trim());
      continue;
    }
    const prefixed = options.prefix ? `${options.prefix}.${path}` : path;
    const field = options.rename ? options.rename(prefixed) : prefixed;
    if (!field || (options.known && !options.known.includes(field))) {
      errors.form.push(part.trim());
      continue;
    }
    // The first message of a field is the one worth reading.
    if (!(field in errors.fields)) errors.fields[field] = detail;
  }
  return errors;
}

// ---------------------------------------------------------------------------
// Form parsing
// ---------------------------------------------------------------------------

type Form = Pick<FormData, "get" | "getAll">;

/** A trimmed text field; "" when missing. */
export function text(form: Form, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}

/** A trimmed text field, or undefined when empty (optional backend fields). */
function optional(form: Form, name: string): string | undefined {
  return text(form, name) || undefined;
}

/**
 * A whole number as people type it: "150000", "150.000", "150 000", "150,000 ₫".
 * Null when empty, NaN when not a whole number.
 */
export function parseWholeNumber(raw: string): number | null {
  const cleaned = raw.replace(/[\s.,\u00a0₫đ]|VND/giu, "");
  if (!cleaned) return null;
  if (!/^\d+$/.test(cleaned)) return Number.NaN;
  return Number(cleaned);
}

/** i18n keys the storefront itself reports (before asking the backend). */
export type LocalErrorKey =
  | "portal.errors.wholeNumber"
  | "portal.errors.required"
  | "portal.errors.chooseType"
  | "portal.errors.chooseCommune"
  | "portal.errors.variantIncomplete";

export interface LocalErrors {
  fields: Record<string, LocalErrorKey>;
}

export interface SignUpPayload {
  producer: {
    name: string;
    type: ProducerType | "";
    province_code: string;
    commune_code: string;
    address: string;
    phone: string;
    email?: string;
    contact_name?: string;
    story?: string;
  };
  member: { name: string; email: string; password: string };
}

/** The sign-up form's text fields the page keeps when it is shown again (never the password). */
export const SIGN_UP_FIELDS = [
  "producer.name",
  "producer.type",
  "producer.province_code",
  "producer.commune_code",
  "producer.address",
  "producer.phone",
  "producer.email",
  "producer.contact_name",
  "producer.story",
  "member.name",
  "member.email",
  "member.password",
] as const;

export function parseSignUpForm(form: Form): { payload: SignUpPayload; local: LocalErrors } {
  const local: LocalErrors = { fields: {} };
  const type = text(form, "producer.type");
  const commune = text(form, "producer.commune_code");
  if (!(PRODUCER_TYPES as readonly string[]).includes(type)) local.fields["producer.type"] = "portal.errors.chooseType";
  if (!commune) local.fields["producer.commune_code"] = "portal.errors.chooseCommune";
  const payload: SignUpPayload = {
    producer: {
      name: text(form, "producer.name"),
      type: (PRODUCER_TYPES as readonly string[]).includes(type) ? (type as ProducerType) : "",
      province_code: text(form, "producer.province_code"),
      commune_code: commune,
      address: text(form, "producer.address"),
      phone: text(form, "producer.phone"),
      email: optional(form, "producer.email"),
      contact_name: optional(form, "producer.contact_name"),
      story: optional(form, "producer.story"),
    },
    member: {
      name: text(form, "member.name"),
      email: text(form, "member.email"),
      // Passwords are taken as typed.
      password: typeof form.get("member.password") === "string" ? (form.get("member.password") as string) : "",
    },
  };
  return { payload, local };
}

/** The files of a file input, without the empty entry browsers send when nothing is chosen. */
export function chosenFiles(form: Form, name = "files"): File[] {
  return form
    .getAll(name)
    .filter((value): value is File => typeof value === "object" && value !== null && "size" in value && value.size > 0);
}

export interface CertificateClaimPayload {
  stars: number;
  decision_number: string;
  decision_date: string;
  issuing_body: string;
  issuer_level: IssuerLevel | "";
  producer_address: string;
  valid_from?: string;
  expires_at?: string;
  evaluation_round?: string;
  score?: number;
}

export const CERTIFICATE_FIELDS = [
  "stars",
  "decision_number",
  "decision_date",
  "issuing_body",
  "issuer_level",
  "producer_address",
  "valid_from",
  "expires_at",
  "evaluation_round",
  "score",
] as const;

/**
 * The certificate part of a form (fields "certificate.*"), or null when the
 * producer declared none (nothing filled in).
 */
export function parseCertificateClaim(form: Form, local: LocalErrors = { fields: {} }): CertificateClaimPayload | null {
  const field = (name: (typeof CERTIFICATE_FIELDS)[number]) => `certificate.${name}`;
  const filled = CERTIFICATE_FIELDS.some((name) => text(form, field(name)) !== "" && name !== "issuer_level");
  if (!filled) return null;
  const stars = parseWholeNumber(text(form, field("stars")));
  const scoreRaw = text(form, field("score")).replace(",", ".");
  const score = scoreRaw ? Number(scoreRaw) : undefined;
  if (score !== undefined && !Number.isFinite(score)) local.fields[field("score")] = "portal.errors.wholeNumber";
  const level = text(form, field("issuer_level"));
  return {
    stars: stars ?? 0,
    decision_number: text(form, field("decision_number")),
    decision_date: text(form, field("decision_date")),
    issuing_body: text(form, field("issuing_body")),
    issuer_level: (ISSUER_LEVELS as readonly string[]).includes(level) ? (level as IssuerLevel) : "",
    producer_address: text(form, field("producer_address")),
    valid_from: optional(form, field("valid_from")),
    expires_at: optional(form, field("expires_at")),
    evaluation_round: optional(form, field("evaluation_round")),
    score: score !== undefined && Number.isFinite(score) ? score : undefined,
  };
}

export interface NewVariantPayload {
  title: string;
  sku?: string;
  price: number;
  stock: number;
}

export interface VariantRows {
  variants: NewVariantPayload[];
  /** For each payload variant, the index of its row in the form (backend paths use the payload index). */
  rows: number[];
}

/**
 * Pack-size rows ("variant_title", "variant_sku", "variant_price",
 * "variant_stock", repeated in order). Empty rows are left out; a row with a
 * title but no price or stock is reported.
 */
export function parseVariantRows(form: Form, local: LocalErrors, prefix = "variants"): VariantRows {
  const titles = form.getAll("variant_title").map(String);
  const skus = form.getAll("variant_sku").map(String);
  const prices = form.getAll("variant_price").map(String);
  const stocks = form.getAll("variant_stock").map(String);
  const result: VariantRows = { variants: [], rows: [] };
  const count = Math.max(titles.length, prices.length, stocks.length);
  for (let row = 0; row < count; row++) {
    const title = (titles[row] ?? "").trim();
    const sku = (skus[row] ?? "").trim();
    const price = parseWholeNumber(prices[row] ?? "");
    const stock = parseWholeNumber(stocks[row] ?? "");
    if (!title && !sku && price === null && stock === null) continue;
    if (price === null || stock === null || !title) {
      local.fields[`${prefix}.${row}.${!title ? "title" : price === null ? "price" : "stock"}`] = "portal.errors.variantIncomplete";
    }
    if (price !== null && Number.isNaN(price)) local.fields[`${prefix}.${row}.price`] = "portal.errors.wholeNumber";
    if (stock !== null && Number.isNaN(stock)) local.fields[`${prefix}.${row}.stock`] = "portal.errors.wholeNumber";
    result.rows.push(row);
    result.variants.push({ title, ...(sku ? { sku } : {}), price: price ?? 0, stock: stock ?? 0 });
  }
  return result;
}

/** Renames a backend path "variants.2.price" to the form row it came from ("variants.0.price"). */
export function variantPathRenamer(rows: ReadonlyArray<number>, offset = 0) {
  return (path: string): string | null => {
    const match = /^variants\.(\d+)(\..+)?$/.exec(path);
    if (!match) return path;
    const row = rows[Number(match[1]) - offset];
    return row === undefined ? null : `variants.${row}${match[2] ?? ""}`;
  };
}

export interface CreateProductPayload {
  title: string;
  description?: string;
  category_id?: string;
  images?: string[];
  variants: NewVariantPayload[];
  certificate?: CertificateClaimPayload;
}

/** The new-product form (images are uploaded first; their URLs are passed in). */
export function parseProductForm(
  form: Form,
  images: string[] = [],
): { payload: CreateProductPayload; rows: number[]; local: LocalErrors } {
  const local: LocalErrors = { fields: {} };
  const { variants, rows } = parseVariantRows(form, local);
  const certificate = parseCertificateClaim(form, local);
  const payload: CreateProductPayload = {
    title: text(form, "title"),
    description: optional(form, "description"),
    category_id: optional(form, "category_id"),
    ...(images.length ? { images } : {}),
    variants,
    ...(certificate ? { certificate } : {}),
  };
  return { payload, rows, local };
}

export interface UpdateProductPayload {
  title?: string;
  description?: string | null;
  category_id?: string | null;
  images?: string[];
  variants?: Array<{ id: string; price?: number; stock?: number } | NewVariantPayload>;
}

/**
 * The edit form: title and description, and for each existing pack size
 * ("existing_id", "existing_price", "existing_stock" in order) its new price
 * and stock, plus new rows. Backend variant indexes: existing ones first.
 */
export function parseProductUpdateForm(
  form: Form,
  current: { images?: string[] } = {},
  newImages: string[] = [],
): { payload: UpdateProductPayload; rows: number[]; existing: number; local: LocalErrors } {
  const local: LocalErrors = { fields: {} };
  const ids = form.getAll("existing_id").map(String);
  const prices = form.getAll("existing_price").map(String);
  const stocks = form.getAll("existing_stock").map(String);
  const existing = ids.map((id, index) => {
    const price = parseWholeNumber(prices[index] ?? "");
    const stock = parseWholeNumber(stocks[index] ?? "");
    if (price !== null && Number.isNaN(price)) local.fields[`existing.${index}.price`] = "portal.errors.wholeNumber";
    if (stock !== null && Number.isNaN(stock)) local.fields[`existing.${index}.stock`] = "portal.errors.wholeNumber";
    return {
      id,
      ...(price !== null && !Number.isNaN(price) ? { price } : {}),
      ...(stock !== null && !Number.isNaN(stock) ? { stock } : {}),
    };
  });
  const added = parseVariantRows(form, local);
  const title = text(form, "title");
  const payload: UpdateProductPayload = {
    ...(title ? { title } : {}),
    description: text(form, "description"),
    ...(text(form, "category_id") ? { category_id: text(form, "category_id") } : {}),
    ...(newImages.length ? { images: [...(current.images ?? []), ...newImages] } : {}),
    variants: [...existing, ...added.variants],
  };
  return { payload, rows: added.rows, existing: existing.length, local };
}

/** Renames backend paths of the edit form: "variants.0.price" is existing row 0, later ones are new rows. */
export function updatePathRenamer(existing: number, rows: ReadonlyArray<number>) {
  const added = variantPathRenamer(rows, existing);
  return (path: string): string | null => {
    const match = /^variants\.(\d+)(\..+)?$/.exec(path);
    if (match && Number(match[1]) < existing) return `existing.${match[1]}${match[2] ?? ""}`;
    return added(path);
  };
}

/** The reason typed by an officer or a producer (rejection, suspension, cancellation). */
export function reasonOf(form: Form): string {
  return text(form, "reason");
}

/** Counts of a list by a key ("pending" → 3). */
export function countBy<T>(items: ReadonlyArray<T>, key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** Variants whose stock is at or under the threshold. */
export const LOW_STOCK = 5;
