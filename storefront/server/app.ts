/**
 * The storefront's request handler: React Router's, for Express. It is built
 * into build/server/index.js together with React Router itself
 * (vite.config.ts), so the router that answers requests and the one the pages
 * render with are one copy, and both use this workspace's React 19 (the
 * backend's admin keeps React 18 at the top of node_modules). server.mjs
 * serves it with the static files.
 */
import { createRequestHandler } from "@react-router/express";
import express from "express";
import * as build from "virtual:react-router/server-build";

export const app = express();
// Mounted in server.mjs: a sub-app sets its own headers, and this one names no framework either.
app.disable("x-powered-by");

// The build itself, not a function returning it: React Router then sets up its routes once, not per request.
app.use(createRequestHandler({ build, mode: process.env.NODE_ENV }));
