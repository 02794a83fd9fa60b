# syntax=docker/dockerfile:1
# One image for the API, the BullMQ worker and the one-shot CLI (see infra/docker-compose.yml):
#   API (default)  node apps/api/dist/main.js
#   worker         node apps/api/dist/worker.js
#   migrations     node apps/api/dist/cli.js migrate
#   seed data      node apps/api/dist/cli.js seed

# ---- build: all dependencies, then the domain lib, the API and the web app ----
FROM node:20-bookworm-slim AS build
ENV NX_DAEMON=false NX_NO_CLOUD=true
WORKDIR /app
# Manifests first, so the dependency layer is reused while only sources change.
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY libs/domain/package.json libs/domain/
COPY libs/ui/package.json libs/ui/
COPY libs/testing/package.json libs/testing/
COPY tests/package.json tests/
RUN npm install --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build --projects=domain,api,web

# ---- prune: production dependencies only; gather what the runtime needs in /out ----
FROM build AS prune
RUN npm prune --omit=dev --no-audit --no-fund \
 && mkdir /out \
 && cp -a --parents package.json node_modules libs/domain/dist apps/api/dist apps/web/dist /out/ \
 && for ws in apps/* libs/* tests; do \
      cp -a --parents "$ws/package.json" /out/; \
      if [ -d "$ws/node_modules" ]; then cp -a --parents "$ws/node_modules" /out/; fi; \
    done

# ---- runtime ----
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000
WORKDIR /app
# Files stay root-owned (read-only for the app); the app runs as the image's unprivileged user.
COPY --from=prune /out/ ./
# Uploaded files (STORAGE_DIR): the one directory the app writes; a volume in compose.
ENV STORAGE_DIR=/var/lib/lantern/storage
RUN mkdir -p /var/lib/lantern/storage && chown node:node /var/lib/lantern/storage
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "apps/api/dist/main.js"]
