/** Shape checks shared by the property tests: what every parse result must look like. */
import type { ParseResult } from '../../../src/core/charter/parse-charter';

const CATEGORIES = new Set(['necessary', 'functional', 'statistics', 'third-party', 'experience', 'marketing', 'unknown']);

/** Problems with a parse result's shape; [] when it is well formed. */
export function shapeProblems(result: ParseResult): string[] {
  const problems: string[] = [];
  if (result.kind === 'no-table') {
    if (typeof result.title !== 'string') problems.push('title is not a string');
    return problems;
  }
  const { declaration, tables } = result;
  if (!Number.isInteger(tables) || tables < 1) problems.push(`bad table count ${tables}`);
  if (typeof declaration.title !== 'string' || typeof declaration.url !== 'string') problems.push('bad title/url');
  if (!Array.isArray(declaration.entries)) return [...problems, 'entries is not an array'];
  declaration.entries.forEach((entry, index) => {
    const at = `entry ${index}`;
    if (!Array.isArray(entry.names) || !entry.names.every((name) => typeof name === 'string' && name.trim() !== '')) problems.push(`${at}: bad names`);
    for (const field of ['provider', 'service', 'purpose', 'durationText', 'section'] as const) {
      if (typeof entry[field] !== 'string') problems.push(`${at}: ${field} is not a string`);
    }
    const age = entry.maxAgeSeconds;
    if (age !== null && !(typeof age === 'number' && Number.isFinite(age) && age >= 0)) problems.push(`${at}: bad maxAgeSeconds ${age}`);
    if (typeof entry.session !== 'boolean') problems.push(`${at}: session is not a boolean`);
    if (entry.conditional !== (entry.condition !== null)) problems.push(`${at}: conditional disagrees with condition`);
    if (entry.condition !== null && (typeof entry.condition !== 'string' || entry.condition === '')) problems.push(`${at}: bad condition`);
    if (!CATEGORIES.has(entry.category)) problems.push(`${at}: bad category ${entry.category}`);
  });
  return problems;
}
