import { httpStatusOf, withBackend } from "./backend-errors.server";
import { storeGet } from "./store-api.server";
import { normalizeStampCode, normalizeVerdict, type ApiTraceFound, type TraceResult } from "./trace";

/**
 * Looks a stamp up. The backend counts every call as a scan, so call this
 * exactly once per page view (from the stamp page's loader). An unknown code
 * (backend 404, or something that cannot be a code) is a result, not an error.
 */
export async function traceStamp(rawCode: string): Promise<TraceResult> {
  const code = normalizeStampCode(rawCode);
  if (!code) return { verdict: "unknown", code: rawCode.slice(0, 64) };
  return withBackend(async () => {
    try {
      const found = await storeGet<ApiTraceFound>(`/store/trace/${encodeURIComponent(code)}`);
      return { ...found, verdict: normalizeVerdict(found.verdict) };
    } catch (error) {
      if (httpStatusOf(error) === 404) return { verdict: "unknown" as const, code };
      throw error;
    }
  });
}
