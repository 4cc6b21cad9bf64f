/**
 * React Router's default Node server entry (streaming with
 * renderToPipeableStream, bots wait for all content), plus the security
 * headers of app/lib/security-headers.server.ts and a per-request nonce for
 * the inline scripts React and React Router write into the page; the page's
 * modules wait until it has loaded (lib/scripts-after-load.server.ts).
 */
import { PassThrough } from "node:stream";

import type { AppLoadContext, EntryContext } from "react-router";
import { createReadableStreamFromReadable } from "@react-router/node";
import { ServerRouter } from "react-router";
import { isbot } from "isbot";
import type { RenderToPipeableStreamOptions } from "react-dom/server";
import { renderToPipeableStream } from "react-dom/server";
import { NonceContext } from "./lib/nonce";
import { applySecurityHeaders, createNonce } from "./lib/security-headers.server";
import { applyPageCachePolicy } from "./lib/cache-policy.server";
import { StylesheetContext } from "./lib/stylesheet";
import { stylesheetText } from "./lib/stylesheet.server";
import { scriptsAfterLoad } from "./lib/scripts-after-load.server";

export const streamTimeout = 5_000;

function addSecurityHeaders(headers: Headers, nonce: string) {
  applySecurityHeaders(headers, {
    nonce,
    backendUrl: process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000",
    production: process.env.NODE_ENV === "production",
  });
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  _loadContext: AppLoadContext,
) {
  const nonce = createNonce();

  // https://httpwg.org/specs/rfc9110.html#HEAD
  if (request.method.toUpperCase() === "HEAD") {
    addSecurityHeaders(responseHeaders, nonce);
    applyPageCachePolicy(request, responseStatusCode, responseHeaders);
    return new Response(null, {
      status: responseStatusCode,
      headers: responseHeaders,
    });
  }

  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const userAgent = request.headers.get("user-agent");

    // Ensure requests from bots and SPA Mode renders wait for all content to load before responding
    // https://react.dev/reference/react-dom/server/renderToPipeableStream#waiting-for-all-content-to-load-for-crawlers-and-static-generation
    const readyOption: keyof RenderToPipeableStreamOptions =
      (userAgent && isbot(userAgent)) || routerContext.isSpaMode ? "onAllReady" : "onShellReady";

    // Abort the rendering stream after the `streamTimeout` so it has time to
    // flush down the rejected boundaries
    let timeoutId: ReturnType<typeof setTimeout> | undefined = setTimeout(() => abort(), streamTimeout + 1000);

    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <StylesheetContext.Provider value={stylesheetText()}>
          <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
        </StylesheetContext.Provider>
      </NonceContext.Provider>,
      {
        nonce,
        [readyOption]() {
          shellRendered = true;
          const body = new PassThrough({
            final(callback) {
              // Clear the timeout to prevent retaining the closure and memory leak
              clearTimeout(timeoutId);
              timeoutId = undefined;
              callback();
            },
          });
          // Development keeps React Router's scripts as they are (Vite's hot reload must come first).
          const stream = createReadableStreamFromReadable(import.meta.env.PROD ? body.pipe(scriptsAfterLoad()) : body);

          responseHeaders.set("Content-Type", "text/html");
          addSecurityHeaders(responseHeaders, nonce);
          applyPageCachePolicy(request, responseStatusCode, responseHeaders);

          pipe(body);

          resolve(
            new Response(stream, {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Log streaming rendering errors from inside the shell.  Don't log
          // errors encountered during initial shell rendering since they'll
          // reject and get logged in handleDocumentRequest.
          if (shellRendered) {
            console.error(error);
          }
        },
      },
    );
  });
}
