import { useTranslation } from "../../lib/translation";
import { data, Form, useNavigation } from "react-router";
import type { Route } from "./+types/members";
import { FormErrorSummary, Notice, PageTitle, SelectField, TextField, cardClass, primaryButton } from "../../components/portal/PortalUi";
import { getFixedT } from "../../i18n";
import { getLocale } from "../../i18n/i18n.server";
import { formatDate } from "../../lib/dates";
import { metaT, useLocale } from "../../lib/locale";
import { text, type FormErrors } from "../../lib/portal";
import { backendFormErrors } from "../../lib/portal-actions.server";
import { addMember, getMe, listMembers, producerClient } from "../../lib/producer-portal.server";

export async function loader({ request }: Route.LoaderArgs) {
  const client = await producerClient(request);
  const [{ member }, members] = await Promise.all([getMe(client), listMembers(client)]);
  return { members, isOwner: member.role === "owner" };
}

const FIELDS = ["name", "email", "password", "role"];

type Result = { ok: true; message: string } | { ok: false; errors: FormErrors; values: { name: string; email: string; role: string } };

export async function action({ request }: Route.ActionArgs) {
  const client = await producerClient(request);
  const t = getFixedT(await getLocale(request));
  const form = await request.formData();
  const role = text(form, "role") === "owner" ? "owner" : "staff";
  const values = { name: text(form, "name"), email: text(form, "email"), role };
  try {
    const member = await addMember(client, {
      ...values,
      role,
      password: typeof form.get("password") === "string" ? (form.get("password") as string) : "",
    });
    return { ok: true, message: t("portal.members.added", { name: member.name }) } satisfies Result;
  } catch (error) {
    return data<Result>({ ok: false, values, errors: backendFormErrors(error, { known: FIELDS }) }, { status: 400 });
  }
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return [{ title: t("portal.members.metaTitle") }, { name: "robots", content: "noindex" }];
};

export default function Members({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const busy = useNavigation().state === "submitting";
  const { members, isOwner } = loaderData;
  const failed = actionData && !actionData.ok ? actionData : null;
  return (
    <>
      <PageTitle>{t("portal.members.heading")}</PageTitle>
      <ul className="mt-4 flex flex-col gap-2" data-testid="members">
        {members.map((member) => (
          <li key={member.id} className={`${cardClass} flex flex-wrap justify-between gap-2`}>
            <span>
              <span className="font-semibold">{member.name}</span> · {member.email}
            </span>
            <span className="text-earth-800">
              {t(`portal.members.role.${member.role}`)}
              {member.created_at ? ` · ${t("portal.members.since", { date: formatDate(member.created_at, locale) })}` : ""}
            </span>
          </li>
        ))}
      </ul>
      {isOwner ? (
        <section className={`${cardClass} mt-8`} aria-labelledby="add-member-title">
          <h2 id="add-member-title" className="text-xl font-semibold text-leaf-900">
            {t("portal.members.add")}
          </h2>
          <Form method="post" className="mt-3 grid gap-4 sm:grid-cols-2" key={actionData?.ok ? actionData.message : "form"}>
            <div className="sm:col-span-2">
              {actionData?.ok ? <Notice kind="success" message={actionData.message} /> : null}
              <FormErrorSummary errors={failed?.errors} />
            </div>
            <TextField label={t("portal.members.name")} name="name" required defaultValue={failed?.values.name} error={failed?.errors.fields.name} />
            <TextField label={t("portal.members.email")} name="email" type="email" required defaultValue={failed?.values.email} error={failed?.errors.fields.email} />
            <TextField
              label={t("portal.members.password")}
              name="password"
              type="password"
              required
              minLength={8}
              autoComplete="new-password"
              hint={t("portal.signUp.passwordHint")}
              error={failed?.errors.fields.password}
            />
            <SelectField label={t("portal.members.roleLabel")} name="role" defaultValue={failed?.values.role ?? "staff"}>
              <option value="staff">{t("portal.members.role.staff")}</option>
              <option value="owner">{t("portal.members.role.owner")}</option>
            </SelectField>
            <button type="submit" className={`${primaryButton} sm:col-span-2 sm:justify-self-start`} disabled={busy}>
              {t("portal.members.submit")}
            </button>
          </Form>
        </section>
      ) : (
        <p className="mt-6 text-earth-800">{t("portal.members.ownersOnly")}</p>
      )}
    </>
  );
}
