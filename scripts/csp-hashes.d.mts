export const MANIFEST_FILE: string;
export function scriptHashes(html: string, where?: string): string[];
export function addChunkIntegrity(html: string, distDir: string): string;
export function writePrecompressed(file: string, html: string): void;
export function writeCspManifest(distDir?: string): { file: string; buildId: string; pages: Record<string, string[]> };
export function hasCurrentManifest(distDir?: string): boolean;
