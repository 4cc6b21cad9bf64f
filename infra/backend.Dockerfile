# syntax=docker/dockerfile:1.7
# Chợ OCOP backend (Medusa v2): build from the repository root
#   docker build -f infra/backend.Dockerfile -t cho-ocop/backend .
# The same image runs the server (MEDUSA_WORKER_MODE=server), the worker
# (MEDUSA_WORKER_MODE=worker) and the migration (`npx medusa db:migrate`).
# Ignore rules: infra/backend.Dockerfile.dockerignore (BuildKit reads it).

ARG NODE_IMAGE=node:20-bookworm-slim

# ── deps: every workspace's dependencies, dev ones included (the build needs them) ──
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV MEDUSA_DISABLE_TELEMETRY=true NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false
# npm 11 as in package.json "packageManager" (the image ships npm 10).
RUN npm install -g npm@11.19.1
COPY package.json package-lock.json ./
COPY backend/package.json backend/package.json
COPY storefront/package.json storefront/package.json
# Why `npm install` and not `npm ci`: the lockfile npm 11 writes on Linux keeps
# only the Linux platform packages (@swc/core-linux-x64-gnu, @rollup/…), and
# `npm ci` compares the lockfile with every package's declared optional
# dependencies, not with the current platform: it failed on Linux itself with
# "Missing: @swc/core-darwin-arm64 from lock file" (shared/docs/stack-notes-backend.md).
# A Linux image is no different, so `npm ci` is not an option until the
# lockfile is regenerated with all platforms. `npm install` honours the
# lockfile's versions and leaves it unchanged here; on linux/arm64 it also adds
# the arm64 @swc/core binary that the lockfile lacks.
RUN --mount=type=cache,target=/root/.npm \
    npm install --workspaces --include-workspace-root --no-audit --no-fund

# ── build: `medusa build` → backend/.medusa/server (API + admin dashboard) ──
FROM deps AS build
COPY backend backend
# The build needs no database; MEDUSA_ADMIN_DISABLED=true at build time skips the dashboard.
ARG MEDUSA_ADMIN_DISABLED=false
ENV MEDUSA_ADMIN_DISABLED=${MEDUSA_ADMIN_DISABLED}
RUN cd backend && npx medusa build

# ── prod-deps: only what the backend needs at run time ──
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false
RUN npm install -g npm@11.19.1
COPY package.json package-lock.json ./
COPY backend/package.json backend/package.json
COPY storefront/package.json storefront/package.json
# Only the backend workspace, without the root's embedded-postgres (dev tooling)
# and without dev dependencies. Peer dependencies of @medusajs/medusa (@swc/core,
# react) are production edges in the lockfile and stay.
RUN --mount=type=cache,target=/root/.npm \
    npm install --omit=dev --workspace=backend --include-workspace-root=false --no-audit --no-fund

# ── runtime ──
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    MEDUSA_DISABLE_TELEMETRY=true \
    PORT=9000 \
    PATH=/app/node_modules/.bin:$PATH
WORKDIR /app
COPY --from=prod-deps --chown=node:node /app/package.json /app/package-lock.json ./
COPY --from=prod-deps --chown=node:node /app/node_modules ./node_modules
COPY --from=prod-deps --chown=node:node /app/backend/package.json ./backend/package.json
COPY --from=build --chown=node:node /app/backend/.medusa/server ./backend/.medusa/server
WORKDIR /app/backend/.medusa/server
# Medusa resolves modules from here: point node_modules at the installed tree
# (the layout the stack notes ran `medusa start` with). `static` receives
# uploads (file-local provider); mount a volume there.
RUN ln -s /app/node_modules node_modules \
 && mkdir -p static \
 && chown -h node:node node_modules static
USER node
EXPOSE 9000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||9000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["medusa", "start"]
