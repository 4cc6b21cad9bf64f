import { useTranslation } from "../../lib/translation";
import { producerDecisions, type FormErrors } from "../../lib/portal";
import { ActionButton, ReasonForm } from "./PortalUi";

export interface DecisionFeedback {
  ok: boolean;
  id: string;
  intent: string;
  errors?: FormErrors;
}

/** Approve / reject (reason) / suspend (reason) / reinstate / trust, as the producer's status allows. */
export function ProducerDecisions({
  producer,
  feedback,
}: {
  producer: { id: string; name: string; status: string; trusted: boolean };
  feedback?: DecisionFeedback | null;
}) {
  const { t } = useTranslation();
  const mine = feedback && feedback.id === producer.id && !feedback.ok ? feedback : null;
  const reasonError = (intent: string) => (mine?.intent === intent ? mine.errors?.fields.reason ?? mine.errors?.form.join(" ") : null);
  const decisions = producerDecisions(producer.status);
  return (
    <div className="flex flex-wrap items-start gap-2" data-testid="producer-decisions">
      {decisions.includes("approve") ? (
        <ActionButton intent="approve" id={producer.id}>
          {t("portal.province.approve")}
        </ActionButton>
      ) : null}
      {decisions.includes("reinstate") ? (
        <ActionButton intent="reinstate" id={producer.id}>
          {t("portal.province.reinstate")}
        </ActionButton>
      ) : null}
      {decisions.includes("reject") ? (
        <ReasonForm
          intent="reject"
          id={producer.id}
          summary={t("portal.province.reject")}
          submit={t("portal.province.rejectSubmit")}
          label={t("portal.province.rejectReason")}
          error={reasonError("reject")}
        />
      ) : null}
      {decisions.includes("suspend") ? (
        <ReasonForm
          intent="suspend"
          id={producer.id}
          summary={t("portal.province.suspend")}
          submit={t("portal.province.suspendSubmit")}
          label={t("portal.province.suspendReason")}
          error={reasonError("suspend")}
        />
      ) : null}
      {producer.status === "approved" ? (
        <ActionButton intent={producer.trusted ? "untrust" : "trust"} id={producer.id} tone="secondary">
          {producer.trusted ? t("portal.province.untrust") : t("portal.province.trust")}
        </ActionButton>
      ) : null}
    </div>
  );
}
