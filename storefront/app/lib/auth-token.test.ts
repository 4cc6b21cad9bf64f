import { describe, expect, it } from "vitest";
import { tokenActorId } from "./auth-token";

const jwt = (payload: object) =>
  ["eyJhbGciOiJIUzI1NiJ9", Buffer.from(JSON.stringify(payload)).toString("base64url"), "signature"].join(".");

describe("tokenActorId", () => {
  it("reads the customer a token carries", () => {
    expect(tokenActorId(jwt({ actor_id: "cus_01", actor_type: "customer", name: "Nguyễn Thị Lan" }))).toBe("cus_01");
  });

  it("is null for a registration token (no customer yet) and for what is not a JWT", () => {
    expect(tokenActorId(jwt({ actor_id: "", actor_type: "customer" }))).toBeNull();
    expect(tokenActorId(jwt({ auth_identity_id: "authid_1" }))).toBeNull();
    expect(tokenActorId("not-a-token")).toBeNull();
    expect(tokenActorId("a.%%%.c")).toBeNull();
  });
});
