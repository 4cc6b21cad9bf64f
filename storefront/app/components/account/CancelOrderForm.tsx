import { useTranslation } from "../../lib/translation";
import { Form, useNavigation } from "react-router";
import { dangerButton } from "../portal/PortalUi";

/**
 * "Hủy đơn hàng" opens a small confirmation (a disclosure, so it works
 * without JavaScript); only its button cancels.
 */
export function CancelOrderForm({ code }: { code: string }) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="flex flex-col gap-3" data-testid="cancel-order">
      <details>
        <summary className={`${dangerButton} cursor-pointer list-none`}>{t("account.order.cancel")}</summary>
        <Form method="post" className="mt-2 flex flex-col gap-3 rounded-lg border border-earth-200 bg-rice-50 p-3">
          <input type="hidden" name="intent" value="cancel" />
          <p className="text-leaf-950">{t("account.order.cancelQuestion", { code })}</p>
          <button type="submit" className={dangerButton} disabled={busy}>
            {t("account.order.cancelConfirm")}
          </button>
        </Form>
      </details>
    </div>
  );
}
