import { FormErrorSummary, Notice } from "./PortalUi";
import type { DecisionFeedback } from "./ProducerDecisions";

/** What the last decision on the page did (or why it was refused). */
export function DecisionNotice({ result }: { result?: (DecisionFeedback & { message?: string }) | null }) {
  if (!result) return null;
  return <div className="mt-4">{result.ok && result.message ? <Notice kind="success" message={result.message} /> : <FormErrorSummary errors={result.errors} />}</div>;
}
