#!/usr/bin/env node
// `npm start` in this workspace: the production storefront, served as react-router-serve would
// (compression, hashed assets cached for a year, the rest of build/client and public/, one log line
// per request), with the request handler built into build/server/index.js (server/app.ts). That file
// exports an Express app, not a React Router build: react-router-serve cannot run it.
// PORT (default 3000) and HOST (default: every interface) choose where it listens.
import compression from "compression"
import express from "express"
import morgan from "morgan"
import path from "node:path"
import { fileURLToPath } from "node:url"

process.env.NODE_ENV ??= "production"
const here = path.dirname(fileURLToPath(import.meta.url))
const client = path.join(here, "build/client")
const port = Number(process.env.PORT ?? 3000)

const { app: pages } = await import(new URL("./build/server/index.js", import.meta.url).href)

const app = express()
app.disable("x-powered-by")
app.use(compression())
app.use("/assets", express.static(path.join(client, "assets"), { immutable: true, maxAge: "1y" }))
app.use(express.static(client))
app.use(express.static(path.join(here, "public"), { maxAge: "1h" }))
app.use(morgan("tiny"))
app.use(pages)

const onListen = () => console.log(`[storefront] http://localhost:${server.address().port}`)
const server = process.env.HOST ? app.listen(port, process.env.HOST, onListen) : app.listen(port, onListen)
for (const signal of ["SIGTERM", "SIGINT"]) process.once(signal, () => server.close(() => process.exit(0)))
