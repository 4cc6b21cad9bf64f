import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { importedBy, moduleAfterLoad, scriptsAfterLoad } from "./scripts-after-load.server";

async function pass(chunks: (string | Buffer)[]): Promise<string> {
  const out: Buffer[] = [];
  const stream = Readable.from(chunks.map((c) => (typeof c === "string" ? Buffer.from(c) : c))).pipe(scriptsAfterLoad());
  for await (const chunk of stream) out.push(Buffer.from(chunk));
  return Buffer.concat(out).toString("utf8");
}

// React Router 7's <Scripts> output (lazy route discovery: no manifest import), after the page's content.
const routeModules = `;
import * as route0 from "/assets/root-Dz8J6MjH.js";
import * as route1 from "/assets/home-Df39s8aM.js";
  window.__reactRouterManifest = {"entry":{"module":"/assets/entry.client-DfgNesZ0.js"},"routes":{"root":{"id":"root"}}};
  window.__reactRouterRouteModules = {"root":route0,"routes/shop/home":route1};

import("/assets/entry.client-DfgNesZ0.js");`;
// In the order React Router writes them: the entry's imports, then each route module's.
const hrefs = [
  "/assets/entry.client-DfgNesZ0.js",
  "/assets/react-dom-BMKBthD_.js",
  "/assets/router-U2wacdXz.js",
  "/assets/root-Dz8J6MjH.js",
  "/assets/entry.client-DfgNesZ0.js",
  "/assets/vendor-CQtIXTVR.js",
  "/assets/shared-Bo_x5Ex1.js",
  "/assets/home-Df39s8aM.js",
];
const links = hrefs
  .map((href) => `<link rel="modulepreload" href="${href}" nonce="n0"/>`)
  .join("");
const context = '<script nonce="n0">window.__reactRouterContext = {"ssr":true};</script>';
const page = (code: string) =>
  `<main><h1>Chè Tân Cương</h1><img src="/static/che.svg" alt="Chè"/></main>${links}${context}<script nonce="n0" type="module" async="">${code}</script><script nonce="n0">window.__reactRouterContext.streamController.close();</script></body></html>`;

/** The page as the stream should write it. */
function expectedPage(code: string): string {
  return page(code)
    .replaceAll('<link rel="modulepreload"', '<link rel="modulepreload-after-load"')
    .replace(`<script nonce="n0" type="module" async="">${code}</script>`, `<script nonce="n0" async="">${moduleAfterLoad(code)}</script>`);
}

/** Runs the classic script that replaced the module in a fake page; returns what happened, in order. */
function run(code: string, page: { readyState: string; visibilityState: string }, { hang = false } = {}) {
  const events: string[] = [];
  const queue: [string, () => void][] = [];
  const linkEls = hrefs.map((href) => ({ rel: "modulepreload-after-load", getAttribute: (name: string) => (name === "href" ? href : null) }));
  const created: any[] = [];
  const self = { nonce: "n0", replaceWith: (m: any) => events.push(`module ${m.type} in place, nonce ${m.nonce}`) };
  const document = {
    ...page,
    currentScript: self,
    createElement: (tag: string) => (created.push({ tag }), created.at(-1)),
    querySelectorAll: (selector: string) => (selector === 'link[rel="modulepreload-after-load"]' ? linkEls : []),
  };
  // The code's own dynamic import (the module's text, a string inside it, is left alone).
  const body = code.replace("import(hrefs[0])", "__import(hrefs[0])");
  const clock = { now: 1_000_000 };
  const listeners: Record<string, ((event: unknown) => void)[]> = {};
  new Function("document", "addEventListener", "requestAnimationFrame", "setTimeout", "__import", "Date", body)(
    document,
    (type: string, fn: (event?: unknown) => void) =>
      type === "load" ? queue.push([type, fn]) : (listeners[type] ??= []).push(fn),
    (fn: () => void) => queue.push(["frame", fn]),
    (fn: () => void, ms: number) => queue.push([`timer ${ms}`, fn]),
    (href: string) => (events.push(`evaluate ${href.split("/").at(-1)!.split("-")[0]}`), hang ? new Promise(() => {}) : Promise.resolve()),
    { now: () => clock.now },
  );
  events.push("parsing goes on");
  /** Fires the first queued callback of this kind. */
  const fire = (kind: string) => {
    const i = queue.findIndex(([k]) => k === kind);
    if (i === -1) return false;
    const [[, fn]] = queue.splice(i, 1);
    events.push(kind);
    fn();
    return true;
  };
  /** A DOM event reaching the window after the page's own handlers. */
  const dispatch = (type: string, event: Record<string, unknown>) => listeners[type]?.forEach((fn) => fn({ defaultPrevented: false, ...event }));
  return { events, fire, dispatch, clock, module: () => created[0], links: linkEls };
}

/** Lets frames and zero timers come (with the promises between them) until the module is in place. */
async function settle(page_: ReturnType<typeof run>) {
  for (let i = 0; i < 50 && !page_.module(); i++) {
    await new Promise((r) => setImmediate(r));
    page_.fire("frame") || page_.fire("timer 0");
  }
}

describe("the page's modules wait until it has loaded", () => {
  it("reads the route modules and the entry from React Router's module", () => {
    expect(importedBy(routeModules)).toEqual(["/assets/root-Dz8J6MjH.js", "/assets/home-Df39s8aM.js", "/assets/entry.client-DfgNesZ0.js"]);
    expect(importedBy('import "/assets/manifest-1.js";\nimport * as route0 from "/r.js";')).toEqual(["/assets/manifest-1.js", "/r.js"]);
  });

  it("makes the preload links inert, then after load and a frame evaluates each library in a task of its own and runs the same module in place", async () => {
    const html = await pass([page(routeModules)]);
    expect(html).toBe(expectedPage(routeModules));
    expect(html).not.toContain('<link rel="modulepreload"');

    const page_ = run(moduleAfterLoad(routeModules), { readyState: "interactive", visibilityState: "visible" });
    await settle(page_);
    expect(page_.module()).toBeUndefined();
    expect(page_.links.every((l) => l.rel === "modulepreload-after-load")).toBe(true);

    expect(page_.fire("load")).toBe(true);
    // Nothing is fetched before a frame has been painted.
    expect(page_.links.every((l) => l.rel === "modulepreload-after-load")).toBe(true);
    await settle(page_);
    expect(page_.links.every((l) => l.rel === "modulepreload")).toBe(true);
    expect(page_.events).toEqual([
      "parsing goes on",
      "load",
      "frame",
      "timer 0",
      "timer 0",
      "evaluate react",
      "timer 0",
      "evaluate router",
      "timer 0",
      "evaluate vendor",
      "timer 0",
      "evaluate shared",
      "timer 0",
      "module module in place, nonce n0",
    ]);
    expect(page_.module()).toMatchObject({ tag: "script", type: "module", nonce: "n0", textContent: routeModules });
    // The 3-second fallback fired later starts nothing twice.
    expect(page_.fire("timer 3000")).toBe(true);
    await settle(page_);
    expect(page_.events.filter((e) => e.startsWith("evaluate") || e.startsWith("module"))).toHaveLength(5);
  });

  it("starts after 3 s when the page has not loaded by then (a picture that never comes)", async () => {
    const page_ = run(moduleAfterLoad(routeModules), { readyState: "interactive", visibilityState: "visible" });
    page_.fire("timer 3000");
    await settle(page_);
    expect(page_.module()).toMatchObject({ textContent: routeModules });
  });

  it("goes on without waiting for frames or timers in a loaded hidden tab (a background tab has no frames)", async () => {
    const page_ = run(moduleAfterLoad(routeModules), { readyState: "complete", visibilityState: "hidden" });
    for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
    expect(page_.events.filter((e) => e === "frame" || e.startsWith("timer"))).toEqual([]);
    expect(page_.events.at(-1)).toBe("module module in place, nonce n0");
  });

  it("goes on without a frame when none comes to a visible page (a headless browser's second window)", async () => {
    const page_ = run(moduleAfterLoad(routeModules), { readyState: "complete", visibilityState: "visible" });
    expect(page_.fire("timer 100")).toBe(true);
    for (let i = 0; i < 20 && !page_.module(); i++) {
      await new Promise((r) => setImmediate(r));
      page_.fire("timer 0");
    }
    expect(page_.events).not.toContain("frame");
    expect(page_.module()).toMatchObject({ textContent: routeModules });
  });

  it("hydrates after 10 s even when a library never finishes loading", async () => {
    const page_ = run(moduleAfterLoad(routeModules), { readyState: "complete", visibilityState: "hidden" }, { hang: true });
    await new Promise((r) => setImmediate(r));
    expect(page_.module()).toBeUndefined();
    expect(page_.fire("timer 10000")).toBe(true);
    expect(page_.module()).toMatchObject({ textContent: routeModules });
  });

  it("does not hydrate a page the shopper is leaving (a form sent or a link followed before hydration)", async () => {
    const link = (href: string, extra: Record<string, unknown> = {}) => ({
      target: { closest: () => ({ target: "", hasAttribute: () => false, getAttribute: () => href, ...extra }) },
      button: 0,
    });
    const page_ = run(moduleAfterLoad(routeModules), { readyState: "complete", visibilityState: "visible" });
    // A skip link to #main, a link opening a new tab and a prevented submit leave nothing.
    page_.dispatch("click", link("#main"));
    page_.dispatch("click", link("/san-pham", { target: "_blank" }));
    page_.dispatch("submit", { defaultPrevented: true });
    await settle(page_);
    expect(page_.module()).toBeDefined();

    const leaving = run(moduleAfterLoad(routeModules), { readyState: "complete", visibilityState: "visible" });
    leaving.dispatch("submit", {});
    await settle(leaving);
    expect(leaving.module()).toBeUndefined();
    leaving.clock.now += 4_000;
    for (let i = 0; i < 5; i++) leaving.fire("timer 100");
    expect(leaving.module()).toBeUndefined();
    // Still here after 5 s (a download, a 204): the page is hydrated after all.
    leaving.clock.now += 1_500;
    for (let i = 0; i < 5 && !leaving.module(); i++) leaving.fire("timer 100");
    expect(leaving.module()).toMatchObject({ textContent: routeModules });

    const following = run(moduleAfterLoad(routeModules), { readyState: "complete", visibilityState: "visible" });
    following.dispatch("click", link("/san-pham/che"));
    await settle(following);
    expect(following.module()).toBeUndefined();
    // Back from the next page (bfcache): this page is hydrated.
    following.dispatch("pageshow", {});
    for (let i = 0; i < 5 && !following.module(); i++) following.fire("timer 100");
    expect(following.module()).toMatchObject({ textContent: routeModules });
  });

  it("keeps a module whose text holds <!-- or <script intact (no longer inside a string they could break)", async () => {
    // A module's text cannot hold "</script>" (it would end the element); these two it may.
    const tricky = `${routeModules}\nwindow.x = "<!-- <script>";`;
    const code = moduleAfterLoad(tricky);
    expect(code).not.toMatch(/<!--|<script/);
    const page_ = run(code, { readyState: "complete", visibilityState: "hidden" });
    await settle(page_);
    expect(page_.module().textContent).toBe(tricky);
  });

  it("gives the same page whatever the chunk boundaries, and leaves other scripts alone", async () => {
    const expected = expectedPage(routeModules);
    const bytes = Buffer.from(page(routeModules));
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(await pass([bytes.subarray(0, cut), bytes.subarray(cut)])).toBe(expected);
    }
    expect(await pass([...bytes].map((b) => Buffer.from([b])))).toBe(expected);
    const plain = `<p>Mật ong bạc hà</p>${context}<script nonce="n0">x()</script><script type="module">import "/a.js";</script>`;
    expect(await pass([plain])).toBe(plain);
  });
});
