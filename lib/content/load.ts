// The one place content is read from disk. Everything else in lib/content works on the texts,
// so tests and the importer can validate exactly what they hold in memory.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Content } from "./schemas";
import { validateContent, type ContentFile } from "./validate";

/**
 * Read every file under the content folder (dotfiles skipped). Paths are given relative to the
 * folder's parent, i.e. the repo root ("content/sources/…"), with forward slashes on every OS.
 */
export async function loadContentFiles(root = "content"): Promise<ContentFile[]> {
  const absoluteRoot = path.resolve(root);
  const repoRoot = path.dirname(absoluteRoot);
  const entries = await readdir(absoluteRoot, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    // Editor and OS droppings (.DS_Store, .gitkeep, .swp) are not content.
    .filter((absolute) => !path.relative(absoluteRoot, absolute).split(path.sep).some((part) => part.startsWith(".")));
  const loaded = await Promise.all(
    files.map(async (absolute) => ({
      path: path.relative(repoRoot, absolute).split(path.sep).join("/"),
      text: await readFile(absolute, "utf8"),
    })),
  );
  return loaded.sort((a, b) => a.path.localeCompare(b.path));
}

/** Load and validate; throws one Error listing every problem, so a broken file is never half-imported. */
export async function loadContent(root = "content"): Promise<Content> {
  const { content, errors } = validateContent(await loadContentFiles(root));
  if (errors.length > 0) {
    throw new Error(`content has ${errors.length} problem${errors.length === 1 ? "" : "s"}:\n${errors.map((e) => `  - ${e}`).join("\n")}`);
  }
  return content;
}
