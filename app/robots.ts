import type { MetadataRoute } from "next";

// The documents and lessons are public and worth finding; signed-in pages and the API are not.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/teacher", "/dashboard", "/assignments", "/progress", "/review", "/account", "/join"] },
  };
}
