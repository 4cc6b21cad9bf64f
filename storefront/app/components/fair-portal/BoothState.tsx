import { useTranslation } from "../../lib/translation";
import { BoothProducts } from "./BoothProducts";
import { StatusBadge } from "../portal/PortalUi";
import { boothStatusKey } from "../../lib/fair-portal";
import type { Booth } from "../../lib/fair-portal-types";
import { statusTone } from "../../lib/portal";

/** The producer's own booth at a fair: none yet, pending, approved with its number, or rejected with the reason. */
export function BoothState({ booth }: { booth: Booth | null }) {
  const { t } = useTranslation();
  if (!booth) {
    return (
      <p className="text-earth-800" data-testid="my-booth" data-status="none">
        {t("fairPortal.producer.noBooth")}
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-2" data-testid="my-booth" data-status={booth.status}>
      <p className="flex flex-wrap items-center gap-2">
        <StatusBadge tone={statusTone(booth.status)} testId="booth-status" value={booth.status}>
          {t(boothStatusKey(booth.status))}
        </StatusBadge>
        <span className="text-leaf-950">
          {booth.status === "approved"
            ? t("fairPortal.producer.boothApproved", { number: booth.number ?? "—" })
            : booth.status === "rejected"
              ? t("fairPortal.producer.boothRejected")
              : t("fairPortal.producer.boothPending")}
        </span>
      </p>
      {booth.status === "rejected" && booth.rejection_reason ? (
        <p className="text-sm text-lotus-700" data-testid="booth-rejection">
          {t("portal.reason", { reason: booth.rejection_reason })}
        </p>
      ) : null}
      {booth.products.length ? <BoothProducts products={booth.products} /> : null}
    </div>
  );
}
