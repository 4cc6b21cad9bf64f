import { useTranslation } from "../../lib/translation";
import { formatVnd } from "../../lib/money";
import type { BankTransfer } from "../../lib/shop-types";

/** The bank transfer instructions: account, amount and memo (the order code), large and easy to copy. */
export function BankTransferBox({ transfer }: { transfer: BankTransfer }) {
  const { t } = useTranslation();
  const rows: [string, string, string][] = [
    [t("order.bank.bankName"), transfer.bank_name, "bank-name"],
    [t("order.bank.accountName"), transfer.account_name, "bank-account-name"],
    [t("order.bank.accountNumber"), transfer.account_number, "bank-account-number"],
    ...(transfer.branch ? ([[t("order.bank.branch"), transfer.branch, "bank-branch"]] as [string, string, string][]) : []),
  ];
  return (
    <section aria-labelledby="bank-heading" className="rounded-xl border-2 border-earth-400 bg-rice-100 p-4 sm:p-5" data-testid="bank-transfer">
      <h2 id="bank-heading" className="text-xl font-bold text-earth-900">
        {t("order.bank.heading")}
      </h2>
      <p className="mt-1 text-earth-800">{t("order.bank.lead")}</p>
      <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        {rows.map(([label, value, id]) => (
          <div key={id} className="contents">
            <dt className="text-earth-700">{label}</dt>
            <dd className="font-semibold select-all" data-testid={id}>
              {value}
            </dd>
          </div>
        ))}
        <dt className="text-earth-700">{t("order.bank.amount")}</dt>
        <dd className="text-2xl font-bold text-leaf-900 select-all" data-testid="bank-amount">
          {formatVnd(transfer.amount)}
        </dd>
        <dt className="text-earth-700">{t("order.bank.memo")}</dt>
        <dd className="font-mono text-2xl font-bold tracking-wide text-leaf-900 select-all" data-testid="bank-memo">
          {transfer.memo}
        </dd>
      </dl>
    </section>
  );
}
