/**
 * Reading (not verifying) the backend's JWT: whether a login token already
 * carries a customer. The backend verifies every token it gets; this only
 * decides which step of registration comes next.
 */
export function tokenActorId(token: string): string | null {
  const payload = token.split(".")[1];
  if (!payload) return null;
  try {
    const base64 = payload.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(payload.length / 4) * 4, "=");
    const json = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)))) as { actor_id?: unknown };
    return typeof json.actor_id === "string" && json.actor_id ? json.actor_id : null;
  } catch {
    return null;
  }
}
