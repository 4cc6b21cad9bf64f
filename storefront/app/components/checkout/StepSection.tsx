import type { ReactNode } from "react";
import { useTranslation } from "../../lib/translation";
import { Link } from "react-router";
import { CHECKOUT_PATH } from "../../lib/cart";
import { CHECKOUT_STEPS, STEP_PARAM, type CheckoutStep, type StepState } from "../../lib/checkout";

/**
 * One checkout step: its number and title; the form when it is the current
 * step, a summary and "Thay đổi" when it is done, only its title when it is
 * still to come.
 */
export function StepSection({
  step,
  state,
  summary,
  children,
}: {
  step: CheckoutStep;
  state: StepState;
  summary?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const n = CHECKOUT_STEPS.indexOf(step) + 1;
  const headingId = `step-${step}`;
  return (
    <section
      aria-labelledby={headingId}
      aria-current={state === "current" ? "step" : undefined}
      data-testid={`step-${step}`}
      data-state={state}
      className={`rounded-xl border bg-white p-4 sm:p-5 ${state === "current" ? "border-leaf-700 ring-1 ring-leaf-700" : "border-earth-200"} ${
        state === "upcoming" ? "opacity-60" : ""
      }`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold text-leaf-900">
          <span className="mr-2 text-sm font-semibold tracking-wide text-earth-700 uppercase">{t("checkout.stepN", { n })}</span>
          {t(`checkout.steps.${step}`)}
          {state === "done" ? (
            <span className="ml-2 text-leaf-700" aria-hidden="true">
              ✓
            </span>
          ) : null}
        </h2>
        {state === "done" && step !== "review" ? (
          <Link to={`${CHECKOUT_PATH}?buoc=${STEP_PARAM[step]}`} className="font-medium text-leaf-800 underline underline-offset-4" data-testid={`change-${step}`}>
            {t("checkout.change")}
          </Link>
        ) : null}
      </div>
      {state === "done" && summary ? <div className="mt-2 text-earth-900">{summary}</div> : null}
      {state === "current" ? <div className="mt-4">{children}</div> : null}
    </section>
  );
}
