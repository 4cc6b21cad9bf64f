import { useTranslation } from "../../lib/translation";
import { orderStatusKey, statusTone, toOrderStatus } from "../../lib/portal";
import { StatusBadge } from "./PortalUi";

export function OrderStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const value = toOrderStatus(status);
  return (
    <StatusBadge tone={value === "pending" ? "waiting" : statusTone(value)} testId="order-status" value={value}>
      {t(orderStatusKey(value))}
    </StatusBadge>
  );
}
