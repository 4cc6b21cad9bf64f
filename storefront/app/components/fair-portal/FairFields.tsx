import { useTranslation } from "../../lib/translation";
import { SelectField, TextAreaField, TextField } from "../portal/PortalUi";
import { FAIR_KINDS, fairKindKey } from "../../lib/fair-portal";
import { isoToLocalInput } from "../../lib/fair-time";
import type { FormErrors } from "../../lib/portal";

export interface FairFieldValues {
  name?: string;
  kind?: string;
  description?: string | null;
  banner_url?: string | null;
  starts_at?: string;
  ends_at?: string;
}

/** The fair's own fields, for creating and editing; start and end are typed in Vietnam time. */
export function FairFields({ values = {}, errors }: { values?: FairFieldValues; errors?: FormErrors | null }) {
  const { t } = useTranslation();
  const error = (name: string) => errors?.fields[name] ?? null;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField className="sm:col-span-2" label={t("fairPortal.fields.name")} name="name" required defaultValue={values.name} error={error("name")} />
      <SelectField label={t("fairPortal.fields.kind")} name="kind" required defaultValue={values.kind ?? "hoi_cho"} error={error("kind")}>
        {FAIR_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(fairKindKey(kind))}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("fairPortal.fields.bannerUrl")}
        name="banner_url"
        type="url"
        inputMode="url"
        placeholder="https://"
        defaultValue={values.banner_url ?? ""}
        error={error("banner_url")}
      />
      <TextField
        label={t("fairPortal.fields.startsAt")}
        name="starts_at"
        type="datetime-local"
        required
        hint={t("fairPortal.fields.timeHint")}
        defaultValue={isoToLocalInput(values.starts_at)}
        error={error("starts_at")}
      />
      <TextField
        label={t("fairPortal.fields.endsAt")}
        name="ends_at"
        type="datetime-local"
        required
        hint={t("fairPortal.fields.timeHint")}
        defaultValue={isoToLocalInput(values.ends_at)}
        error={error("ends_at")}
      />
      <TextAreaField
        className="sm:col-span-2"
        label={t("fairPortal.fields.description")}
        name="description"
        defaultValue={values.description ?? ""}
        error={error("description")}
      />
    </div>
  );
}
