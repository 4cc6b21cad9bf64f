import { describe, expect, it } from "vitest";
import { sessionSecret } from "./portal-session.server";

describe("sessionSecret in production", () => {
  it("refuses the development default, as the backend refuses its default JWT/cookie secret", () => {
    const dev = sessionSecret({ NODE_ENV: "development" } as NodeJS.ProcessEnv);
    expect(() => sessionSecret({ NODE_ENV: "production", SESSION_SECRET: dev } as NodeJS.ProcessEnv)).toThrow(/development default/);
    expect(sessionSecret({ NODE_ENV: "development", SESSION_SECRET: dev } as NodeJS.ProcessEnv)).toBe(dev);
    expect(sessionSecret({ NODE_ENV: "production", SESSION_SECRET: "a-long-random-value" } as NodeJS.ProcessEnv)).toBe("a-long-random-value");
  });
});
