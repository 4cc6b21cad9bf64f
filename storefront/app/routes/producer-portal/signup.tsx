import { useEffect, useState } from "react";
import { useTranslation } from "../../lib/translation";
import { data, Form, Link, redirect, useFetcher, useNavigation } from "react-router";
import type { Route } from "./+types/signup";
import { FormErrorSummary, PageTitle, SelectField, TextAreaField, TextField, cardClass, primaryButton, secondaryButton } from "../../components/portal/PortalUi";
import { getFixedT } from "../../i18n";
import { getLocale } from "../../i18n/i18n.server";
import { useHydrated } from "../../lib/hydrated";
import { metaT } from "../../lib/locale";
import { PRODUCER_TYPES } from "../../lib/ocop";
import { listProvinces } from "../../lib/places.server";
import {
  chosenFiles,
  hasErrors,
  mapBackendErrors,
  parseSignUpForm,
  PRODUCER_LOGIN_PATH,
  PRODUCER_PORTAL_PATH,
  PRODUCER_SIGNUP_PATH,
  SIGN_UP_FIELDS,
  text,
  type FormErrors,
} from "../../lib/portal";
import { backendFormErrors, localFormErrors } from "../../lib/portal-actions.server";
import { isPortalApiError } from "../../lib/portal-api.server";
import { commitPortalSession, flashNotice, getPortalSession, setToken } from "../../lib/portal-session.server";
import type { Commune } from "../../lib/portal-types";
import { listCommunes, loginProducer, signUpProducer, uploadPapersWithToken } from "../../lib/producer-portal.server";

const PROVINCE_PARAM = "province_code";

export async function loader({ request }: Route.LoaderArgs) {
  const provinceCode = new URL(request.url).searchParams.get(PROVINCE_PARAM) ?? "";
  const [provinces, communes] = await Promise.all([listProvinces(), listCommunes(provinceCode)]);
  return {
    provinces: provinces.map(({ code, name }) => ({ code, name })),
    provinceCode: communes.length ? provinceCode : "",
    communes,
  };
}

type Values = Partial<Record<(typeof SIGN_UP_FIELDS)[number], string>>;

function keptValues(form: FormData): Values {
  const values: Values = {};
  // The password is never sent back to the page.
  for (const name of SIGN_UP_FIELDS) if (name !== "member.password") values[name] = text(form, name);
  return values;
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const t = getFixedT(await getLocale(request));
  const values = keptValues(form);
  const provinceCode = text(form, "producer.province_code");

  // "Chọn xã/phường" without JavaScript: show the province's communes, keep what was typed.
  if (text(form, "intent") === "communes") {
    return { values, communes: await listCommunes(provinceCode), provinceCode, errors: null as FormErrors | null };
  }

  const { payload, local } = parseSignUpForm(form);
  const communesFor = async () => (provinceCode ? await listCommunes(provinceCode) : []);
  const localErrors = localFormErrors(local, t);
  if (hasErrors(localErrors)) {
    return data({ values, communes: await communesFor(), provinceCode, errors: localErrors }, { status: 400 });
  }

  try {
    await signUpProducer(payload);
  } catch (error) {
    const errors = backendFormErrors(error, { known: SIGN_UP_FIELDS });
    return data({ values, communes: await communesFor(), provinceCode, errors }, { status: 400 });
  }

  // Signed up: log in, then hand in the papers.
  let token: string;
  try {
    token = await loginProducer(payload.member.email, payload.member.password);
  } catch (error) {
    if (!isPortalApiError(error)) throw error;
    return redirect(PRODUCER_LOGIN_PATH);
  }
  const session = await getPortalSession(request);
  setToken(session, "producer", token);
  const files = chosenFiles(form, "files");
  if (files.length) {
    try {
      await uploadPapersWithToken(token, files);
      flashNotice(session, { kind: "success", message: t("portal.signUp.doneWithPapers", { n: files.length }) });
    } catch (error) {
      if (!isPortalApiError(error)) throw error;
      const message = mapBackendErrors(error.message).form.join(" ") || error.message;
      flashNotice(session, { kind: "error", message: t("portal.signUp.papersFailed", { message }) });
    }
  } else {
    flashNotice(session, { kind: "success", message: t("portal.signUp.done") });
  }
  return redirect(PRODUCER_PORTAL_PATH, { headers: { "Set-Cookie": await commitPortalSession(session) } });
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return [{ title: t("portal.signUp.metaTitle") }, { name: "robots", content: "noindex" }];
};

export default function SignUp({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const busy = useNavigation().state === "submitting";
  const communeFetcher = useFetcher<typeof loader>();
  const values: Values = actionData?.values ?? {};
  const errors = actionData?.errors ?? null;
  const fieldError = (name: string) => errors?.fields[name] ?? null;

  const initialProvince = actionData?.provinceCode ?? loaderData.provinceCode;
  const [provinceCode, setProvinceCode] = useState(initialProvince);
  useEffect(() => setProvinceCode(initialProvince), [initialProvince]);
  const fetched = communeFetcher.data && communeFetcher.data.provinceCode === provinceCode ? communeFetcher.data.communes : null;
  const communes: Commune[] =
    fetched ?? (actionData?.provinceCode === provinceCode ? actionData.communes : null) ?? (loaderData.provinceCode === provinceCode ? loaderData.communes : []);
  const loadingCommunes = communeFetcher.state === "loading";

  return (
    <div className="mx-auto max-w-3xl">
      <PageTitle>{t("portal.signUp.title")}</PageTitle>
      <p className="mt-2 text-earth-800">{t("portal.signUp.lead")}</p>
      <p className="mt-2 text-earth-800">
        {t("portal.signUp.haveAccount")}{" "}
        <Link to={PRODUCER_LOGIN_PATH} className="font-semibold text-leaf-800 underline">
          {t("portal.signUp.loginLink")}
        </Link>
      </p>

      <Form method="post" encType="multipart/form-data" className="mt-6 flex flex-col gap-6" data-testid="signup-form" noValidate={false}>
        <FormErrorSummary errors={errors} />

        <fieldset className={`${cardClass} grid gap-4 sm:grid-cols-2`}>
          <legend className="px-1 text-lg font-semibold text-leaf-900">{t("portal.signUp.locationHeading")}</legend>
          <SelectField
            label={t("portal.signUp.province")}
            name="producer.province_code"
            required
            value={provinceCode}
            onChange={(event) => {
              const code = event.currentTarget.value;
              setProvinceCode(code);
              if (code) communeFetcher.load(`${PRODUCER_SIGNUP_PATH}?${new URLSearchParams({ [PROVINCE_PARAM]: code })}`);
            }}
            error={fieldError("producer.province_code")}
          >
            <option value="">{t("portal.signUp.chooseProvince")}</option>
            {loaderData.provinces.map((province) => (
              <option key={province.code} value={province.code}>
                {province.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            key={`commune-${provinceCode}-${communes.length}`}
            label={t("portal.signUp.commune")}
            name="producer.commune_code"
            required
            disabled={!communes.length}
            defaultValue={values["producer.commune_code"] ?? ""}
            error={fieldError("producer.commune_code")}
            hint={!communes.length ? (loadingCommunes ? t("portal.signUp.loadingCommunes") : t("portal.signUp.communeHint")) : undefined}
          >
            <option value="">{t("portal.signUp.chooseCommune")}</option>
            {communes.map((commune) => (
              <option key={commune.code} value={commune.code}>
                {commune.name}
              </option>
            ))}
          </SelectField>
          {!hydrated ? (
            <div className="sm:col-span-2">
              <button type="submit" name="intent" value="communes" formNoValidate className={secondaryButton}>
                {t("portal.signUp.showCommunes")}
              </button>
            </div>
          ) : null}
          <TextField
            className="sm:col-span-2"
            label={t("portal.signUp.address")}
            name="producer.address"
            required
            autoComplete="street-address"
            defaultValue={values["producer.address"]}
            error={fieldError("producer.address")}
          />
        </fieldset>

        <fieldset className={`${cardClass} grid gap-4 sm:grid-cols-2`}>
          <legend className="px-1 text-lg font-semibold text-leaf-900">{t("portal.signUp.businessHeading")}</legend>
          <TextField
            className="sm:col-span-2"
            label={t("portal.signUp.name")}
            name="producer.name"
            required
            autoComplete="organization"
            defaultValue={values["producer.name"]}
            error={fieldError("producer.name")}
          />
          <SelectField
            className="sm:col-span-2"
            label={t("portal.signUp.type")}
            name="producer.type"
            required
            defaultValue={values["producer.type"] ?? ""}
            error={fieldError("producer.type")}
          >
            <option value="">{t("portal.signUp.chooseType")}</option>
            {PRODUCER_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`producerType.${type}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t("portal.signUp.phone")}
            name="producer.phone"
            type="tel"
            required
            autoComplete="tel"
            inputMode="tel"
            defaultValue={values["producer.phone"]}
            error={fieldError("producer.phone")}
          />
          <TextField
            label={t("portal.signUp.email")}
            name="producer.email"
            type="email"
            autoComplete="email"
            defaultValue={values["producer.email"]}
            error={fieldError("producer.email")}
          />
          <TextField
            className="sm:col-span-2"
            label={t("portal.signUp.contactName")}
            name="producer.contact_name"
            autoComplete="name"
            defaultValue={values["producer.contact_name"]}
            error={fieldError("producer.contact_name")}
          />
          <TextAreaField
            className="sm:col-span-2"
            label={t("portal.signUp.story")}
            name="producer.story"
            hint={t("portal.signUp.storyHint")}
            defaultValue={values["producer.story"]}
            error={fieldError("producer.story")}
          />
        </fieldset>

        <fieldset className={`${cardClass} grid gap-4 sm:grid-cols-2`}>
          <legend className="px-1 text-lg font-semibold text-leaf-900">{t("portal.signUp.memberHeading")}</legend>
          <p className="text-sm text-earth-800 sm:col-span-2">{t("portal.signUp.memberLead")}</p>
          <TextField
            className="sm:col-span-2"
            label={t("portal.signUp.memberName")}
            name="member.name"
            required
            autoComplete="name"
            defaultValue={values["member.name"]}
            error={fieldError("member.name")}
          />
          <TextField
            label={t("portal.signUp.memberEmail")}
            name="member.email"
            type="email"
            required
            autoComplete="username"
            defaultValue={values["member.email"]}
            error={fieldError("member.email")}
          />
          <TextField
            label={t("portal.signUp.password")}
            name="member.password"
            type="password"
            required
            minLength={8}
            autoComplete="new-password"
            hint={t("portal.signUp.passwordHint")}
            error={fieldError("member.password")}
          />
        </fieldset>

        <fieldset className={cardClass}>
          <legend className="px-1 text-lg font-semibold text-leaf-900">{t("portal.papers.heading")}</legend>
          <TextField
            label={t("portal.papers.files")}
            name="files"
            type="file"
            multiple
            accept="application/pdf,image/jpeg,image/png,image/webp"
            hint={t("portal.papers.hint")}
          />
        </fieldset>

        <button type="submit" className={`${primaryButton} sm:self-start`} disabled={busy}>
          {busy ? t("portal.form.sending") : t("portal.signUp.submit")}
        </button>
      </Form>
    </div>
  );
}
