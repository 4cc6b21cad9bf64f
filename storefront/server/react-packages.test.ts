import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { NESTED_DEPENDENCIES, REACT_ALIASES, REACT_PACKAGES, SERVER_BUNDLED } from "./react-packages";

type Manifest = { name: string; version: string; dependencies?: Record<string, string>; peerDependencies?: Record<string, string> };
const storefront = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const REACT = ["react", "react-dom", "react-router"];

/** A package's folder as Node finds it from `from`: the nearest node_modules up the tree. */
function locate(name: string, from: string): string | null {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", name);
    if (existsSync(path.join(candidate, "package.json"))) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

const manifest = (dir: string): Manifest => JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));

/** Every package the storefront runs with, through regular dependencies, that imports React or React Router. */
function packagesUsingReact(): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (dir: string) => {
    if (seen.has(dir)) return;
    seen.add(dir);
    const own = manifest(dir);
    for (const name of Object.keys(own.dependencies ?? {})) {
      const child = locate(name, dir);
      if (!child) continue;
      const { dependencies = {}, peerDependencies = {} } = manifest(child);
      // use-sync-external-store: its shim, the part react-i18next imports, is replaced by React itself.
      const aliased = REACT_ALIASES.some(({ find }) => find.test(`${name}/shim`));
      const isReact = name === "react" || name === "react-dom";
      if (!isReact && !aliased && REACT.some((r) => r in dependencies || r in peerDependencies)) found.add(name);
      visit(child);
    }
  };
  visit(storefront);
  return [...found].sort();
}

/**
 * What a bundled package imports that is loaded at run time from the server build's folder, not from the
 * package's own: the dependencies Node would find in another version from there (npm nested them).
 */
function dependenciesFoundElsewhere(): string[] {
  const elsewhere = new Set<string>();
  const visit = (name: string, seen = new Set<string>()) => {
    if (seen.has(name)) return;
    seen.add(name);
    const dir = locate(name, storefront)!;
    for (const dependency of Object.keys(manifest(dir).dependencies ?? {})) {
      if (SERVER_BUNDLED.includes(dependency)) visit(dependency, seen);
      else if (locate(dependency, dir) !== locate(dependency, storefront)) elsewhere.add(dependency);
    }
  };
  for (const name of REACT_PACKAGES) visit(name);
  return [...elsewhere].sort();
}

describe("the server build's packages that use React", () => {
  it("are all bundled, so none of them renders with the backend admin's React 18", () => {
    expect(packagesUsingReact()).toEqual([...REACT_PACKAGES].sort());
  });

  it("bring along the dependencies npm installed in a version of their own (React Router's cookie 1.x)", () => {
    expect(dependenciesFoundElsewhere()).toEqual([]);
    // Not bundled, React Router's cookie would be Express's 0.7 at the top.
    const ownCookie = manifest(locate("cookie", locate("react-router", storefront)!)!).version;
    expect(ownCookie).not.toBe(manifest(locate("cookie", storefront)!).version);
    expect(NESTED_DEPENDENCIES).toContain("cookie");
  });

  it("find this workspace's React 19, while the top of node_modules keeps the admin's React 18", () => {
    expect(manifest(locate("react", storefront)!).version).toMatch(/^19\./);
    expect(manifest(locate("react-dom", storefront)!).version).toMatch(/^19\./);
    // What the list is for: hoisted above the workspace, React Router would load React 18 from beside it.
    // When this fails, npm no longer hoists React 18 above the storefront: the bundling may be dropped.
    expect(manifest(locate("react", path.dirname(locate("react-router", storefront)!))!).version).toMatch(/^18\./);
  });
});
