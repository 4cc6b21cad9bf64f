import type { VnAddress } from "../../lib/shop-types";

/** A Vietnamese address as people write it: name and phone, then street, commune, province. */
export function AddressLines({ address, email }: { address: VnAddress; email?: string | null }) {
  return (
    <address className="not-italic leading-relaxed" data-testid="address-lines">
      <span className="font-semibold">{address.full_name}</span> · {address.phone}
      <br />
      {[address.street, address.commune_name, address.province_name].filter(Boolean).join(", ")}
      {email ? (
        <>
          <br />
          {email}
        </>
      ) : null}
    </address>
  );
}
