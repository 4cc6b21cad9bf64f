import { useTranslation } from "../../lib/translation";
import type { BankTransfer } from "../../lib/account-types";
import { formatVnd } from "../../lib/money";

/** Where to send the money for an order paid by bank transfer, while it has not arrived. */
export function BankTransferBox({ transfer }: { transfer: BankTransfer }) {
  const { t } = useTranslation();
  const rows: Array<[string, string, boolean?]> = [
    [t("account.order.bank.bankName"), transfer.bank_name],
    [t("account.order.bank.accountName"), transfer.account_name],
    [t("account.order.bank.accountNumber"), transfer.account_number, true],
    ...(transfer.branch ? ([[t("account.order.bank.branch"), transfer.branch]] as Array<[string, string]>) : []),
    [t("account.order.bank.amount"), formatVnd(transfer.amount), true],
    [t("account.order.bank.memo"), transfer.memo, true],
  ];
  return (
    <section aria-labelledby="bank-transfer-heading" className="mt-3 rounded-xl border border-earth-300 bg-rice-50 p-4" data-testid="bank-transfer">
      <h3 id="bank-transfer-heading" className="font-semibold text-leaf-900">
        {t("account.order.bank.heading")}
      </h3>
      <p className="mt-1 text-earth-800">{t("account.order.bank.lead")}</p>
      <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        {rows.map(([label, value, strong]) => (
          <div key={label} className="contents">
            <dt className="text-earth-700">{label}</dt>
            <dd className={strong ? "font-mono font-semibold text-leaf-950" : "text-leaf-950"}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
