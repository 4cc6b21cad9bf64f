import { useId, type ReactNode } from "react";
import { useTranslation } from "../../lib/translation";
import { Form, NavLink } from "react-router";
import type { FormErrors, Tone } from "../../lib/portal";

/** Form controls and page pieces shared by the producer and province portals (phone first). */

export const inputClass =
  "w-full rounded-lg border border-earth-300 bg-white px-3 py-2.5 text-base text-leaf-950 focus:border-leaf-700 focus:outline-none focus:ring-2 focus:ring-leaf-700 aria-[invalid=true]:border-lotus-600";
export const labelClass = "mb-1 block text-sm font-semibold text-leaf-900";
export const primaryButton =
  "inline-flex min-h-11 items-center justify-center rounded-lg bg-leaf-700 px-4 py-2 font-semibold text-white hover:bg-leaf-800 disabled:opacity-60";
export const secondaryButton =
  "inline-flex min-h-11 items-center justify-center rounded-lg border border-leaf-700 bg-white px-4 py-2 font-semibold text-leaf-800 hover:bg-leaf-50";
export const dangerButton =
  "inline-flex min-h-11 items-center justify-center rounded-lg border border-lotus-600 bg-white px-4 py-2 font-semibold text-lotus-700 hover:bg-rice-100";
export const cardClass = "rounded-xl border border-earth-200 bg-white p-4";

export function FieldError({ id, error }: { id: string; error?: string | null }) {
  if (!error) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-lotus-700" data-testid="field-error">
      {error}
    </p>
  );
}

interface FieldProps {
  label: string;
  name: string;
  error?: string | null;
  hint?: string;
  required?: boolean;
  className?: string;
}

function useFieldIds() {
  const id = useId();
  return { id, errorId: `${id}-error`, hintId: `${id}-hint` };
}

function describedBy(ids: ReturnType<typeof useFieldIds>, hint?: string, error?: string | null) {
  return [hint ? ids.hintId : null, error ? ids.errorId : null].filter(Boolean).join(" ") || undefined;
}

function Label({ htmlFor, label, required }: { htmlFor: string; label: string; required?: boolean }) {
  const { t } = useTranslation();
  return (
    <label htmlFor={htmlFor} className={labelClass}>
      {label}
      {required ? (
        <span className="text-lotus-700" title={t("portal.form.required")}>
          {" "}
          *
        </span>
      ) : null}
    </label>
  );
}

export function TextField({
  label,
  name,
  error,
  hint,
  required,
  className,
  ...input
}: FieldProps & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name" | "className">) {
  const ids = useFieldIds();
  return (
    <div className={className}>
      <Label htmlFor={ids.id} label={label} required={required} />
      <input
        id={ids.id}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, hint, error)}
        className={inputClass}
        {...input}
      />
      {hint ? (
        <p id={ids.hintId} className="mt-1 text-sm text-earth-700">
          {hint}
        </p>
      ) : null}
      <FieldError id={ids.errorId} error={error} />
    </div>
  );
}

export function TextAreaField({
  label,
  name,
  error,
  hint,
  required,
  className,
  ...input
}: FieldProps & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "className">) {
  const ids = useFieldIds();
  return (
    <div className={className}>
      <Label htmlFor={ids.id} label={label} required={required} />
      <textarea
        id={ids.id}
        name={name}
        required={required}
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, hint, error)}
        className={inputClass}
        {...input}
      />
      {hint ? (
        <p id={ids.hintId} className="mt-1 text-sm text-earth-700">
          {hint}
        </p>
      ) : null}
      <FieldError id={ids.errorId} error={error} />
    </div>
  );
}

export function SelectField({
  label,
  name,
  error,
  hint,
  required,
  className,
  children,
  ...select
}: FieldProps & Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "name" | "className">) {
  const ids = useFieldIds();
  return (
    <div className={className}>
      <Label htmlFor={ids.id} label={label} required={required} />
      <select
        id={ids.id}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, hint, error)}
        className={inputClass}
        {...select}
      >
        {children}
      </select>
      {hint ? (
        <p id={ids.hintId} className="mt-1 text-sm text-earth-700">
          {hint}
        </p>
      ) : null}
      <FieldError id={ids.errorId} error={error} />
    </div>
  );
}

/** The messages of a failed submission that belong to no field shown. */
export function FormErrorSummary({ errors }: { errors?: FormErrors | null }) {
  const { t } = useTranslation();
  if (!errors) return null;
  const count = errors.form.length + Object.keys(errors.fields).length;
  if (count === 0) return null;
  return (
    <div role="alert" className="rounded-xl border border-lotus-600 bg-white p-4 text-lotus-700" data-testid="form-errors">
      <p className="font-semibold">{t("portal.form.errorsTitle")}</p>
      {errors.form.length ? (
        <ul className="mt-1 list-disc pl-5">
          {errors.form.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function Notice({ kind, message }: { kind: "success" | "error"; message: string }) {
  return (
    <p
      role={kind === "error" ? "alert" : "status"}
      data-testid={`notice-${kind}`}
      className={`rounded-xl border p-4 ${kind === "error" ? "border-lotus-600 bg-white text-lotus-700" : "border-leaf-300 bg-leaf-50 text-leaf-900"}`}
    >
      {message}
    </p>
  );
}

const TONES: Record<Tone, string> = {
  waiting: "bg-earth-100 text-earth-900 border-earth-300",
  good: "bg-leaf-50 text-leaf-900 border-leaf-300",
  bad: "bg-rice-100 text-lotus-700 border-lotus-600",
  neutral: "bg-white text-leaf-950 border-earth-200",
};

export function StatusBadge({ tone, children, testId, value }: { tone: Tone; children: ReactNode; testId?: string; value?: string }) {
  return (
    <span
      data-testid={testId}
      data-status={value}
      className={`inline-block rounded-full border px-2.5 py-0.5 text-sm font-semibold whitespace-nowrap ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}

export interface PortalNavItem {
  to: string;
  label: string;
  end?: boolean;
}

/** The portal's own header: its name, whose portal it is, its pages and the logout button. */
export function PortalHeader({
  title,
  who,
  items,
  logoutPath,
}: {
  title: string;
  who: string;
  items: ReadonlyArray<PortalNavItem>;
  logoutPath: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="mb-6 rounded-xl border border-earth-200 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <p className="text-sm font-semibold tracking-wide text-earth-700 uppercase">{title}</p>
          <p className="font-semibold text-leaf-900" data-testid="portal-who">
            {who}
          </p>
        </div>
        <Form method="post" action={logoutPath}>
          <button type="submit" className={secondaryButton}>
            {t("portal.logout")}
          </button>
        </Form>
      </div>
      {items.length ? (
        <nav aria-label={t("portal.navLabel")} className="mt-3 -mx-1 overflow-x-auto">
          <ul className="flex gap-1">
            {items.map((item) => (
              <li key={item.to}>
                <NavLink
                  to={item.to}
                  end={item.end}
                  className={({ isActive }) =>
                    `block rounded-full px-3 py-2 font-medium whitespace-nowrap text-leaf-800 hover:bg-leaf-50 ${isActive ? "bg-leaf-100" : ""}`
                  }
                >
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}

/**
 * A decision that needs a reason (reject, suspend, cancel): a disclosure that
 * opens a small form, without JavaScript too.
 */
export function ReasonForm({
  intent,
  id,
  summary,
  submit,
  label,
  error,
  extra,
  testId,
}: {
  intent: string;
  id?: string;
  summary: string;
  submit: string;
  label: string;
  error?: string | null;
  extra?: ReactNode;
  testId?: string;
}) {
  return (
    <details className="group" open={error ? true : undefined} data-testid={testId}>
      <summary className={`${dangerButton} cursor-pointer list-none`}>{summary}</summary>
      <Form method="post" className="mt-2 flex flex-col gap-2 rounded-lg border border-earth-200 bg-rice-50 p-3">
        <input type="hidden" name="intent" value={intent} />
        {id ? <input type="hidden" name="id" value={id} /> : null}
        {extra}
        <TextField label={label} name="reason" required minLength={3} error={error} />
        <button type="submit" className={dangerButton}>
          {submit}
        </button>
      </Form>
    </details>
  );
}

/** A one-button decision (approve, confirm, reinstate). */
export function ActionButton({
  intent,
  id,
  children,
  tone = "primary",
  fields,
}: {
  intent: string;
  id?: string;
  children: ReactNode;
  tone?: "primary" | "secondary";
  fields?: Record<string, string>;
}) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {Object.entries(fields ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={tone === "primary" ? primaryButton : secondaryButton}>
        {children}
      </button>
    </Form>
  );
}

/** Heading of a portal page. */
export function PageTitle({ children }: { children: ReactNode }) {
  return <h1 className="text-2xl font-bold text-leaf-900 sm:text-3xl">{children}</h1>;
}
