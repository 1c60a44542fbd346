// Lets tests import server/ modules outside Next.js, where the real "server-only" would throw.
export {};
