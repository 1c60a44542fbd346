export const SECURITY_HEADERS: readonly { key: string; value: string }[];
export function contentSecurityPolicy(nonce: string, dev: boolean, alsoHashes?: readonly string[]): string;
export function hashContentSecurityPolicy(hashes: readonly string[]): string;
export const PUBLIC_CACHE_CONTROL: string;
