// Types of scripts/page-html.mjs, for the tests that import it.
export type Metafile = { outputs: Record<string, { imports: readonly { path: string; kind: string }[] }> };
export function staticChunks(metafile: Metafile, entry: string, outdir: string): string[];
export function withModulePreloads(html: string, hrefs: readonly string[]): string;
