/** @type {import('next').NextConfig} */
const nextConfig = {
  // The generated Prisma client and pg stay external to the server bundle.
  serverExternalPackages: ["pg", "@node-rs/argon2"],
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden() renders app/forbidden.tsx with a 403 status.
  experimental: { authInterrupts: true },
};

export default nextConfig;
