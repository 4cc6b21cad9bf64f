import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { useTranslation } from "./lib/translation";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  data,
  isRouteErrorResponse,
  useRouteLoaderData,
} from "react-router";
import type { Route } from "./+types/root";
import { SiteFooter } from "./components/SiteFooter";
import { SiteHeader } from "./components/SiteHeader";
import { StatusPage, type StatusKind } from "./components/StatusPage";
import { getFixedT, getI18n } from "./i18n";
import { getLocale, requestedLocale, serializeLocaleCookie } from "./i18n/i18n.server";
import { hasCustomerSession } from "./lib/account-session.server";
import { miniCartOf } from "./lib/cart.server";
import { DEFAULT_LOCALE, normalizeLocale, type Locale } from "./i18n/locales";
import { useHydrated } from "./lib/hydrated";
import { useNonce } from "./lib/nonce";
import { MEDUSA_BACKEND_URL } from "./lib/medusa.server";
import { SiteStylesheet } from "./lib/stylesheet";

export const links: Route.LinksFunction = () => [
  { rel: "icon", href: "/favicon.ico", sizes: "32x32" },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

/**
 * The locale for this request: `?lng=` → `lng` cookie → "vi". A valid
 * `?lng=` is remembered in the cookie. No backend call here, so the root
 * loader always succeeds and even error pages know the language.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const locale = await getLocale(request);
  const headers = new Headers();
  if (requestedLocale(request)) {
    headers.append("Set-Cookie", await serializeLocaleCookie(locale));
  }
  // The header's "Tài khoản" / "Đăng nhập" link: from the shop session cookie, no backend call.
  const loggedIn = await hasCustomerSession(request);
  // The header's mini-cart: asks the backend only when the session holds a cart, and never fails.
  const cart = await miniCartOf(request, context);
  // Pictures of the backend's origin are served from this one (components/ProductImage, lib/pictures.ts).
  const pictureOrigin = new URL(MEDUSA_BACKEND_URL).origin;
  return data({ locale, loggedIn, cart, pictureOrigin }, { headers });
}

/**
 * Document headers. Cookies set by loaders are added by React Router itself;
 * here, error pages (404/503) are kept out of caches and a 503 tells clients
 * when to retry.
 */
export const headers: Route.HeadersFunction = ({ errorHeaders }) => {
  const result = new Headers();
  if (errorHeaders) {
    result.set("Cache-Control", "no-store");
    const retryAfter = errorHeaders.get("Retry-After");
    if (retryAfter) result.set("Retry-After", retryAfter);
  }
  return result;
};

function useLocale(): Locale {
  const rootData = useRouteLoaderData<typeof loader>("root");
  return normalizeLocale(rootData?.locale) ?? DEFAULT_LOCALE;
}

function statusKindOf(error: unknown): StatusKind {
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) return "notFound";
    if (error.status === 503) return "unavailable";
  }
  return "generic";
}

export const meta: Route.MetaFunction = ({ error, loaderData }) => {
  const t = getFixedT(normalizeLocale(loaderData?.locale) ?? DEFAULT_LOCALE);
  if (error !== undefined) {
    const kind = statusKindOf(error);
    return [{ title: t(`errors.${kind}.metaTitle`) }, { name: "robots", content: "noindex" }];
  }
  return [{ title: t("site.name") }, { name: "description", content: t("site.tagline") }];
};

export function Layout({ children }: { children: ReactNode }) {
  const locale = useLocale();
  // The CSP nonce of this response (app/entry.server.tsx) for React Router's inline scripts.
  const nonce = useNonce();
  // The page's JavaScript starts after it has loaded (lib/scripts-after-load.server.ts): <html data-hydrated>
  // says when links and forms are React Router's, for tests that need to know.
  const hydrated = useHydrated();
  return (
    <I18nextProvider i18n={getI18n(locale)}>
      <html lang={locale} data-hydrated={hydrated ? "" : undefined}>
        <head>
          <meta charSet="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="theme-color" content="#2f6326" />
          <Meta />
          <SiteStylesheet />
          <Links />
        </head>
        <body className="flex min-h-screen flex-col">
          <Chrome locale={locale}>{children}</Chrome>
          <ScrollRestoration nonce={nonce} />
          <Scripts nonce={nonce} />
        </body>
      </html>
    </I18nextProvider>
  );
}

function Chrome({ locale, children }: { locale: Locale; children: ReactNode }) {
  const { t } = useTranslation();
  const cart = useRouteLoaderData<typeof loader>("root")?.cart ?? null;
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:font-semibold focus:text-leaf-900 focus:shadow"
      >
        {t("nav.skipToContent")}
      </a>
      <SiteHeader locale={locale} cart={cart} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none sm:px-6">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const kind = statusKindOf(error);
  // Details only while developing; production shows the friendly page alone.
  const details =
    import.meta.env.DEV && kind === "generic" && error instanceof Error ? (
      <pre className="mt-6 w-full overflow-x-auto rounded bg-earth-100 p-4 text-left text-xs">
        {error.stack ?? error.message}
      </pre>
    ) : null;
  return <StatusPage kind={kind}>{details}</StatusPage>;
}
