import { StringDecoder } from "node:string_decoder";
import { Transform } from "node:stream";

/**
 * The page's JavaScript waits until the page has loaded. Every page is
 * server-rendered and works without JavaScript (links, GET and POST forms), so
 * what a shopper sees first (text and the first row of pictures) should not
 * share a phone's connection or CPU with ~150 kB of modules it does not need.
 *
 * React Router's <Scripts> writes `<link rel="modulepreload">` for each module
 * and an inline module that imports the route modules and starts hydration.
 * This stream makes the links inert (rel="modulepreload-after-load") and turns
 * the module into a classic inline script that, once the window has loaded
 * (or after 3 s at most) and a frame has been painted, turns the links back
 * on (fetching the modules in parallel), evaluates the libraries one file
 * per task (vite.config.ts splits them), and puts the very same module in its
 * own place (no waiting for frames in a hidden tab, which has none), unless
 * the shopper has just sent a form or followed a link (see LEAVING_MS). That
 * module runs as one piece: its imports start React's hydration, which must
 * find the route modules it sets. Tags keep their names and nonce, so
 * hydration matches (React compares neither a script's text nor, in
 * production, attributes).
 *
 * Lighthouse mobile, before: the modules were fetched and often evaluated
 * before the largest picture or text was painted, and the largest paint was
 * 2.2 s in such runs instead of 1.1 s.
 */
const PRELOAD = 'rel="modulepreload"';
const INERT_PRELOAD = 'rel="modulepreload-after-load"';
const MODULE_OPEN = /<script\b[^>]*\btype="module"[^>]*>/;
const ROUTE_MODULES = "window.__reactRouterRouteModules";
const LATEST_START_MS = 3_000;
// A form sent or a link followed before hydration: the page is being left. Hydrating now would
// let React Router write the history entry and cancel that navigation, so it waits (at most this long).
const LEAVING_MS = 5_000;
// A frame may never come to a page that is visible but not drawn (a headless browser's second window):
// the modules are not held back longer than this for one.
const FRAME_WAIT_MS = 100;
// A library that never finishes loading does not keep the page from hydrating past this.
const EVALUATE_WAIT_MS = 10_000;

/** The modules React Router's module imports itself: its route modules and the entry that starts hydration. */
export function importedBy(moduleCode: string): string[] {
  const specifiers = moduleCode.matchAll(/\bimport\s*(?:\*\s*as\s+[\w$]+\s+from\s*)?\(?\s*("[^"\\]*")/g);
  return [...specifiers].map(([, specifier]) => JSON.parse(specifier));
}

/**
 * A classic script's code that, once the page has loaded, evaluates the
 * preloaded libraries one per task (React DOM, the router, the rest: no one
 * task holds the page long), then puts `moduleCode` as an inline module in its
 * own place; that one evaluates the route modules and starts hydration.
 */
export function moduleAfterLoad(moduleCode: string): string {
  // "<!--" or "<script" in a string inside a <script> would confuse the HTML parser: "<" is written as \u003c.
  const script = (value: unknown) => JSON.stringify(value).replaceAll("<", "\\u003c");
  return `(function(self){var started=false,ran=false,leaving=0,own=${script(importedBy(moduleCode))};
function leave(e){if(!e.defaultPrevented)leaving=Date.now()}
addEventListener("submit",leave);
addEventListener("click",function(e){var a=e.target&&e.target.closest&&e.target.closest("a[href]");
if(a&&!a.target&&!a.hasAttribute("download")&&a.getAttribute("href").charAt(0)!=="#"&&e.button===0&&!(e.ctrlKey||e.metaKey||e.shiftKey||e.altKey))leave(e)});
addEventListener("pageshow",function(){leaving=0});
function run(){if(ran)return;if(leaving&&Date.now()-leaving<${LEAVING_MS})return setTimeout(run,100);ran=true;
var m=document.createElement("script");m.type="module";m.nonce=self.nonce;m.textContent=${script(moduleCode)};self.replaceWith(m)}
function later(f){document.visibilityState==="visible"?setTimeout(f,0):f()}
function evaluate(hrefs){if(!hrefs.length)return run();import(hrefs[0]).then(function(){later(function(){evaluate(hrefs.slice(1))})},run)}
function preload(){var hrefs=[];
document.querySelectorAll('link[${INERT_PRELOAD}]').forEach(function(l){l.rel="modulepreload";var h=l.getAttribute("href");if(own.indexOf(h)<0&&hrefs.indexOf(h)<0)hrefs.push(h)});
later(function(){evaluate(hrefs)});setTimeout(run,${EVALUATE_WAIT_MS})}
function once(f){var done=false;return function(){if(!done){done=true;f()}}}
function start(){if(started)return;started=true;if(document.visibilityState!=="visible")return preload();
var go=once(function(){later(preload)});requestAnimationFrame(go);setTimeout(go,${FRAME_WAIT_MS})}
if(document.readyState==="complete")start();else{addEventListener("load",start);setTimeout(start,${LATEST_START_MS})}
})(document.currentScript)`;
}

/** How much of the text's end could be cut-off markup this stream rewrites (a preload link or a script's opening tag). */
function partialTail(text: string): number {
  const lastTag = text.lastIndexOf("<");
  if (lastTag !== -1 && !text.includes(">", lastTag)) return text.length - lastTag;
  return 0;
}

/** Rewrites the complete markup in `text`; returns the rewritten text and what must wait for more. */
function rewrite(text: string): { done: string; pending: string } {
  let done = "";
  let rest = text;
  for (;;) {
    const open = MODULE_OPEN.exec(rest);
    if (!open) break;
    const codeStart = open.index + open[0].length;
    const close = rest.indexOf("</script>", codeStart);
    if (close === -1) return { done: done + inertLinks(rest.slice(0, open.index)), pending: rest.slice(open.index) };
    const code = rest.slice(codeStart, close);
    const routeModules = code.includes(ROUTE_MODULES);
    const tag = routeModules ? open[0].replace(/\s+type="module"/, "") : open[0];
    done += inertLinks(rest.slice(0, open.index)) + tag + (routeModules ? moduleAfterLoad(code) : code);
    rest = rest.slice(close);
  }
  const keep = partialTail(rest);
  return { done: done + inertLinks(rest.slice(0, rest.length - keep)), pending: rest.slice(rest.length - keep) };
}

const inertLinks = (html: string) => html.replaceAll(`<link ${PRELOAD}`, `<link ${INERT_PRELOAD}`);

/** A stream that makes the page's modules wait until the page has loaded (see above). */
export function scriptsAfterLoad(): Transform {
  // UTF-8 characters (Vietnamese text) may be split between chunks too.
  const decoder = new StringDecoder("utf8");
  let carry = "";
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      const { done, pending } = rewrite(carry + decoder.write(chunk));
      carry = pending;
      callback(null, done);
    },
    flush(callback) {
      const { done, pending } = rewrite(carry + decoder.end());
      callback(null, done + pending);
    },
  });
}
