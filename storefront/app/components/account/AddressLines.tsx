import type { VnAddress } from "../../lib/account-types";

/** A Vietnamese address as it is written on a parcel: name and phone, street, commune, province. */
export function AddressLines({ address }: { address: VnAddress }) {
  return (
    <address className="not-italic text-leaf-950" data-testid="address">
      <span className="block font-semibold">{address.full_name}</span>
      <span className="block">{address.phone}</span>
      <span className="block">{address.street}</span>
      <span className="block">{[address.commune_name, address.province_name].filter(Boolean).join(", ")}</span>
    </address>
  );
}
