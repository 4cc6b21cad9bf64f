/** The logged-in customer's own record (Medusa's /store/customers/me). */
import type { CustomerClient } from "./account-session.server";
import { profilePayload, type ProfileValues } from "./account-forms";
import type { Customer } from "./account-types";

const FIELDS = "id,email,first_name,last_name,phone";

export async function getCustomer(client: CustomerClient): Promise<Customer> {
  const { customer } = await client.call<{ customer: Customer }>("/store/customers/me", { query: { fields: FIELDS } });
  return customer;
}

export async function updateCustomer(client: CustomerClient, values: ProfileValues): Promise<Customer> {
  const { customer } = await client.call<{ customer: Customer }>("/store/customers/me", {
    json: profilePayload(values),
    query: { fields: FIELDS },
  });
  return customer;
}
