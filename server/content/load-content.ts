// The one place content is read from disk. Everything in lib/content works on the texts,
// so tests and the importer can validate exactly what they hold in memory. Scripts that import it run
// with `tsx --conditions=react-server`, under which "server-only" is allowed.
import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { COMPARE_PATH, parseCompare, type Compare } from "@/lib/content/compare";
import type { Content, Source } from "@/lib/content/schemas";
import { isUnitFile, validateUnitFiles, type UnitContent } from "@/lib/content/unit-files";
import { validateContent, type ContentFile } from "@/lib/content/validate";
import type { Parsed } from "@/lib/content/yaml-files";

// Files with a checker of their own (lib/content/compare.ts) rather than validate.ts's; loadContent() runs
// that checker too, so `npm run content:check` still reports every problem in content/.
// The unit's framing files (unit.yaml, each lesson's organiser.yaml and guide.yaml) are checked by
// lib/content/unit-files.ts once the rest is read, since they refer to lessons, quizzes and the glossary.
const CHECKED_SEPARATELY = new Set([COMPARE_PATH]);
const checkedSeparately = (repoPath: string) => CHECKED_SEPARATELY.has(repoPath) || isUnitFile(repoPath);

/**
 * Read every file under the content folder (dotfiles skipped). Paths are given relative to the
 * folder's parent, i.e. the repo root ("content/sources/…"), with forward slashes on every OS.
 */
export async function loadContentFiles(root = "content", { unitFiles = false } = {}): Promise<ContentFile[]> {
  const absoluteRoot = path.resolve(root);
  const repoRoot = path.dirname(absoluteRoot);
  const entries = await readdir(absoluteRoot, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    // Editor and OS droppings (.DS_Store, .gitkeep, .swp) are not content.
    .filter((absolute) => !path.relative(absoluteRoot, absolute).split(path.sep).some((part) => part.startsWith(".")))
    .filter((absolute) => {
      const repoPath = toRepoPath(repoRoot, absolute);
      return unitFiles ? isUnitFile(repoPath) : !checkedSeparately(repoPath);
    });
  const loaded = await Promise.all(
    files.map(async (absolute) => ({
      path: toRepoPath(repoRoot, absolute),
      text: await readFile(absolute, "utf8"),
    })),
  );
  return loaded.sort((a, b) => a.path.localeCompare(b.path));
}

function toRepoPath(repoRoot: string, absolute: string): string {
  return path.relative(repoRoot, absolute).split(path.sep).join("/");
}

/** Load and validate; throws one Error listing every problem, so a broken file is never half-imported. */
export async function loadContent(root = "content"): Promise<Content> {
  const { content, errors } = validateContent(await loadContentFiles(root));
  errors.push(...(await readCompare(root, content.sources)).errors);
  if (errors.length === 0) errors.push(...validateUnitFiles(await loadContentFiles(root, { unitFiles: true }), content).errors);
  if (errors.length > 0) {
    throw new Error(`content has ${errors.length} problem${errors.length === 1 ? "" : "s"}:\n${errors.map((e) => `  - ${e}`).join("\n")}`);
  }
  return content;
}

/** content/compare.yaml, checked against the sources (pass loadContent()'s); throws on any problem. */
export async function loadCompare(sources: readonly Source[], root = "content"): Promise<Compare> {
  const { value, errors } = await readCompare(root, sources);
  if (!value) throw new Error(`${COMPARE_PATH} has ${errors.length} problem${errors.length === 1 ? "" : "s"}:\n${errors.map((e) => `  - ${e}`).join("\n")}`);
  return value;
}

async function readCompare(root: string, sources: readonly Source[]): Promise<Parsed<Compare>> {
  const absolute = path.join(path.resolve(root), path.basename(COMPARE_PATH));
  const text = await readFile(absolute, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  if (text === undefined) return { value: undefined, errors: [`${COMPARE_PATH}: file is missing`] };
  return parseCompare(text, sources);
}

/** The unit's framing (central question, head notes, organisers, guides), checked against loadContent()'s content. */
export async function loadUnitContent(content: Content, root = "content"): Promise<UnitContent> {
  const { value, errors } = validateUnitFiles(await loadContentFiles(root, { unitFiles: true }), content);
  if (!value) throw new Error(`the unit files have ${errors.length} problem${errors.length === 1 ? "" : "s"}:\n${errors.map((e) => `  - ${e}`).join("\n")}`);
  return value;
}
