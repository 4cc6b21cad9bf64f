import type { Config } from "@react-router/dev/config";

export default {
  appDirectory: "app",
  // Server-side rendering: every page is rendered by the Node server, which is
  // the only place that talks to the Medusa backend.
  ssr: true,
} satisfies Config;
