import type { IncomingMessage, ServerResponse } from "node:http";
export function loadStaticPages(distDir?: string): { serve(request: IncomingMessage, response: ServerResponse): boolean };
