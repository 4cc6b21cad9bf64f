/** Paths, kinds and statuses of the portals' trade fair pages (pure: shared by routes, components and tests). */
import { PRODUCER_PORTAL_PATH, PROVINCE_PORTAL_PATH, type Tone } from "./portal";

export const PROVINCE_FAIRS_PATH = `${PROVINCE_PORTAL_PATH}/hoi-cho`;
export const provinceFairPath = (id: string) => `${PROVINCE_FAIRS_PATH}/${encodeURIComponent(id)}`;
export const provinceFairResultsPath = (id: string) => `${provinceFairPath(id)}/ket-qua`;
export const provinceFairCsvPath = (id: string) => `${provinceFairPath(id)}/ket-qua.csv`;

export const PRODUCER_FAIRS_PATH = `${PRODUCER_PORTAL_PATH}/hoi-cho`;
export const producerFairResultsPath = (id: string) => `${PRODUCER_FAIRS_PATH}/${encodeURIComponent(id)}/ket-qua`;

export const FAIR_KINDS = ["hoi_cho", "tuan_le", "cho_phien"] as const;
export type FairKind = (typeof FAIR_KINDS)[number];

export const FAIR_STATUSES = ["draft", "published", "cancelled"] as const;
export type FairStatus = (typeof FAIR_STATUSES)[number];

export const FAIR_PHASES = ["upcoming", "live", "ended"] as const;
export type FairPhase = (typeof FAIR_PHASES)[number];

export const BOOTH_STATUSES = ["pending", "approved", "rejected"] as const;
export type BoothStatus = (typeof BOOTH_STATUSES)[number];

export const SESSION_KINDS = ["livestream", "talk", "tasting"] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}

const pick = <T extends string>(values: readonly T[], value: unknown, fallback: T): T => (isOneOf(values, value) ? value : fallback);

/** i18n keys of the labels. */
export const fairKindKey = (kind: unknown) => `fairPortal.kind.${pick(FAIR_KINDS, kind, "hoi_cho")}` as const;
export const fairStatusKey = (status: unknown) => `fairPortal.status.${pick(FAIR_STATUSES, status, "draft")}` as const;
export const fairPhaseKey = (phase: unknown) => `fairPortal.phase.${pick(FAIR_PHASES, phase, "upcoming")}` as const;
export const boothStatusKey = (status: unknown) => `fairPortal.boothStatus.${pick(BOOTH_STATUSES, status, "pending")}` as const;
export const sessionKindKey = (kind: unknown) => `fairPortal.sessionKind.${pick(SESSION_KINDS, kind, "talk")}` as const;

export function phaseTone(phase: unknown): Tone {
  return phase === "live" ? "good" : phase === "ended" ? "neutral" : "waiting";
}

/** The status changes an officer can make from a fair's status. */
export function fairStatusActions(status: unknown): Array<"publish" | "draft" | "cancel"> {
  switch (pick(FAIR_STATUSES, status, "draft")) {
    case "draft":
      return ["publish", "cancel"];
    case "published":
      return ["draft", "cancel"];
    case "cancelled":
      return ["draft"];
  }
}

export const STATUS_OF_ACTION = { publish: "published", draft: "draft", cancel: "cancelled" } as const satisfies Record<string, FairStatus>;

/** Booths by status, in the order the officer reviews them. */
export function groupBooths<T extends { status: string }>(booths: ReadonlyArray<T>): Record<BoothStatus, T[]> {
  const groups: Record<BoothStatus, T[]> = { pending: [], approved: [], rejected: [] };
  for (const booth of booths) groups[pick(BOOTH_STATUSES, booth.status, "pending")].push(booth);
  return groups;
}
