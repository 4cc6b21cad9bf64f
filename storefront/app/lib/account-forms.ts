/**
 * The account forms (register, login, password reset, profile, address) read
 * into the backend's payloads, with the checks the storefront makes before
 * asking the backend. Errors are i18n keys, keyed by the form's field names.
 */
import { text } from "./portal";

type Form = Pick<FormData, "get" | "getAll">;

export const PASSWORD_MIN_LENGTH = 8;

export type AccountErrorKey =
  | "account.errors.required"
  | "account.errors.email"
  | "account.errors.passwordShort"
  | "account.errors.passwordMismatch"
  | "account.errors.phone"
  | "account.errors.chooseCommune";

export type LocalErrors<F extends string> = Partial<Record<F, AccountErrorKey>>;

export interface Parsed<T, F extends string = Extract<keyof T, string>> {
  values: T;
  errors: LocalErrors<F>;
}

/** Passwords are taken exactly as typed (spaces are characters too). */
function password(form: Form, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

/**
 * A Vietnamese phone number as people write it: mobiles "0912 345 678",
 * "+84 912.345.678", landlines "024 3825 1234". Spaces, dots, dashes and
 * brackets are allowed; what is left is 0 or +84 then 9 or 10 digits.
 */
export function isVietnamesePhone(raw: string): boolean {
  const compact = raw.replace(/[\s.\-()]/gu, "");
  return /^(?:0|\+84)[1-9]\d{8,9}$/u.test(compact);
}

function checkEmail<F extends string>(errors: LocalErrors<F>, field: F, email: string) {
  if (!email) errors[field] = "account.errors.required";
  else if (!isEmail(email)) errors[field] = "account.errors.email";
}

function checkNewPassword<F extends string>(errors: LocalErrors<F>, field: F, value: string) {
  if (!value) errors[field] = "account.errors.required";
  else if (value.length < PASSWORD_MIN_LENGTH) errors[field] = "account.errors.passwordShort";
}

export interface RegisterValues {
  full_name: string;
  email: string;
  password: string;
  phone: string;
}

export function parseRegisterForm(form: Form): Parsed<RegisterValues> {
  const values: RegisterValues = {
    full_name: text(form, "full_name"),
    email: text(form, "email").toLowerCase(),
    password: password(form, "password"),
    phone: text(form, "phone"),
  };
  const errors: LocalErrors<keyof RegisterValues> = {};
  if (!values.full_name) errors.full_name = "account.errors.required";
  checkEmail(errors, "email", values.email);
  checkNewPassword(errors, "password", values.password);
  if (values.phone && !isVietnamesePhone(values.phone)) errors.phone = "account.errors.phone";
  return { values, errors };
}

export interface LoginValues {
  email: string;
  password: string;
}

export function parseLoginForm(form: Form): Parsed<LoginValues> {
  const values = { email: text(form, "email").toLowerCase(), password: password(form, "password") };
  const errors: LocalErrors<keyof LoginValues> = {};
  checkEmail(errors, "email", values.email);
  if (!values.password) errors.password = "account.errors.required";
  return { values, errors };
}

export function parseForgotForm(form: Form): Parsed<{ email: string }> {
  const values = { email: text(form, "email").toLowerCase() };
  const errors: LocalErrors<"email"> = {};
  checkEmail(errors, "email", values.email);
  return { values, errors };
}

export interface ResetValues {
  password: string;
  confirm: string;
}

export function parseResetForm(form: Form): Parsed<ResetValues> {
  const values = { password: password(form, "password"), confirm: password(form, "confirm") };
  const errors: LocalErrors<keyof ResetValues> = {};
  checkNewPassword(errors, "password", values.password);
  if (!errors.password && values.confirm !== values.password) errors.confirm = "account.errors.passwordMismatch";
  return { values, errors };
}

export interface ProfileValues {
  full_name: string;
  phone: string;
}

/** The profile form; the backend payload is `profilePayload(values)`. */
export function parseProfileForm(form: Form): Parsed<ProfileValues> {
  const values = { full_name: text(form, "full_name"), phone: text(form, "phone") };
  const errors: LocalErrors<keyof ProfileValues> = {};
  if (!values.full_name) errors.full_name = "account.errors.required";
  if (values.phone && !isVietnamesePhone(values.phone)) errors.phone = "account.errors.phone";
  return { values, errors };
}

/** `POST /store/customers/me`: the full name lives in first_name; an emptied phone is removed. */
export function profilePayload(values: ProfileValues) {
  return { first_name: values.full_name, last_name: "", phone: values.phone || null };
}

export const ADDRESS_FIELDS = ["full_name", "phone", "province_code", "commune_code", "street"] as const;
export type AddressField = (typeof ADDRESS_FIELDS)[number];
export type AddressValues = Record<AddressField, string>;

/**
 * The address form. Only a missing commune is caught here (the select is
 * disabled until a province is chosen); phone, street and the rest are the
 * backend's to judge, so its Vietnamese messages are the ones shown.
 */
export function parseAddressForm(form: Form): Parsed<AddressValues> {
  const values = Object.fromEntries(ADDRESS_FIELDS.map((name) => [name, text(form, name)])) as AddressValues;
  const errors: LocalErrors<AddressField> = {};
  if (values.province_code && !values.commune_code) errors.commune_code = "account.errors.chooseCommune";
  return { values, errors };
}

export function hasLocalErrors(errors: Partial<Record<string, unknown>>): boolean {
  return Object.values(errors).some(Boolean);
}

/** The name a customer goes by: first_name holds the full name, last_name is kept for accounts made elsewhere. */
export function customerName(customer: { first_name?: string | null; last_name?: string | null }): string {
  return [customer.first_name, customer.last_name].map((part) => part?.trim()).filter(Boolean).join(" ");
}
