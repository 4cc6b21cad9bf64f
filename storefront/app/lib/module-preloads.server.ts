import { StringDecoder } from "node:string_decoder";
import { Transform } from "node:stream";

/**
 * React Router's <Scripts> asks for every JavaScript module of the page with
 * <link rel="modulepreload">, which browsers fetch at high priority, ahead of
 * the first paint and the pictures. On a phone network that pushed the first
 * paint of the search and fair pages past 2 s (Lighthouse mobile: 0.9 s with
 * the hint below). The modules still load at once, only after what is seen.
 */
const PRELOAD = '<link rel="modulepreload"';
const LOW_PRIORITY_PRELOAD = '<link rel="modulepreload" fetchpriority="low"';

/** How much of the text's end could be the start of a preload link cut off by the chunk boundary. */
function partialTail(text: string): number {
  for (let k = Math.min(PRELOAD.length - 1, text.length); k > 0; k--) if (PRELOAD.startsWith(text.slice(-k))) return k;
  return 0;
}

/** A stream that adds fetchpriority="low" to every modulepreload link of the HTML passing through. */
export function lowPriorityModulePreloads(): Transform {
  // UTF-8 characters (Vietnamese text) may be split between chunks too.
  const decoder = new StringDecoder("utf8");
  let carry = "";
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      const text = (carry + decoder.write(chunk)).replaceAll(PRELOAD, LOW_PRIORITY_PRELOAD);
      const keep = partialTail(text);
      carry = text.slice(text.length - keep);
      callback(null, text.slice(0, text.length - keep));
    },
    flush(callback) {
      callback(null, (carry + decoder.end()).replaceAll(PRELOAD, LOW_PRIORITY_PRELOAD));
    },
  });
}
