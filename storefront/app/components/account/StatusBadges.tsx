import { useTranslation } from "../../lib/translation";
import {
  orderStatusKey,
  orderTone,
  paymentStatusKey,
  paymentTone,
  shipmentStatusKey,
  shipmentTone,
  toOrderStatus,
  toPaymentStatus,
  toShipmentStatus,
} from "../../lib/account-status";
import { StatusBadge } from "../portal/PortalUi";

/** A producer's shipment: "Chờ xác nhận", "Đã gửi hàng"…; with `producer`, "Tên chủ thể: Đã gửi hàng". */
export function ShipmentBadge({ status, producer }: { status: string; producer?: string }) {
  const { t } = useTranslation();
  const value = toShipmentStatus(status);
  const label = t(shipmentStatusKey(value));
  return (
    <StatusBadge tone={shipmentTone(value)} testId="shipment-status" value={value}>
      {producer ? `${producer}: ${label}` : label}
    </StatusBadge>
  );
}

export function OrderBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const value = toOrderStatus(status);
  return (
    <StatusBadge tone={orderTone(value)} testId="order-status" value={value}>
      {t(orderStatusKey(value))}
    </StatusBadge>
  );
}

export function PaymentBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const value = toPaymentStatus(status);
  return (
    <StatusBadge tone={paymentTone(value)} testId="payment-status" value={value}>
      {t(paymentStatusKey(value))}
    </StatusBadge>
  );
}
