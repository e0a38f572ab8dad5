// Scripts, workers and Playwright run outside Next.js's react-server layer, where the marker
// package "server-only" throws by design. They are server code: mark the marker as loaded.
const id = require.resolve("server-only");
require.cache[id] = { id, filename: id, loaded: true, exports: {}, children: [], paths: [] };
