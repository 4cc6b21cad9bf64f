# syntax=docker/dockerfile:1.7
# Chợ OCOP storefront (React Router 7, server-rendered): build from the repository root
#   docker build -f infra/storefront.Dockerfile -t cho-ocop/storefront .
# Run time settings: MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY, SESSION_SECRET, PORT.
# Ignore rules: infra/storefront.Dockerfile.dockerignore (BuildKit reads it).

ARG NODE_IMAGE=node:20-bookworm-slim

# ── deps: every workspace's dependencies, dev ones included (vite, @react-router/dev) ──
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false
RUN npm install -g npm@11.19.1
COPY package.json package-lock.json ./
COPY backend/package.json backend/package.json
COPY storefront/package.json storefront/package.json
# `npm install`, not `npm ci`: see infra/backend.Dockerfile (the Linux-only
# lockfile makes `npm ci` report it out of sync, on Linux too).
RUN --mount=type=cache,target=/root/.npm \
    npm install --workspaces --include-workspace-root --no-audit --no-fund

# ── build: `react-router build` → storefront/build/{client,server} ──
FROM deps AS build
COPY storefront storefront
RUN cd storefront && npx react-router build

# ── prod-deps: only the storefront's run time packages (express, react, i18next…) ──
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false
RUN npm install -g npm@11.19.1
COPY package.json package-lock.json ./
COPY backend/package.json backend/package.json
COPY storefront/package.json storefront/package.json
RUN --mount=type=cache,target=/root/.npm \
    npm install --omit=dev --workspace=storefront --include-workspace-root=false --no-audit --no-fund \
 && mkdir -p storefront/node_modules

# ── runtime ──
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    PATH=/app/node_modules/.bin:$PATH
WORKDIR /app
COPY --from=prod-deps --chown=node:node /app/package.json /app/package-lock.json ./
COPY --from=prod-deps --chown=node:node /app/node_modules ./node_modules
COPY --from=prod-deps --chown=node:node /app/storefront/package.json ./storefront/package.json
# The storefront's own React 19 (the top-level node_modules may hold the backend admin's React 18).
COPY --from=prod-deps --chown=node:node /app/storefront/node_modules ./storefront/node_modules
COPY --from=build --chown=node:node /app/storefront/build ./storefront/build
COPY --from=build --chown=node:node /app/storefront/server.mjs ./storefront/server.mjs
WORKDIR /app/storefront
USER node
EXPOSE 3000
# Healthy = the home page renders (< 500). The storefront answers 503 while the
# backend is unreachable, so this also reports "cannot reach the backend"; in
# Kubernetes that check is the readiness probe and liveness is a TCP check.
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/').then(r=>process.exit(r.status<500?0:1),()=>process.exit(1))"]
CMD ["node", "server.mjs"]
