/**
 * What the CLI accepts as input: at most the extension's cap for a charter page, and text.
 * A 99 MB binary or /dev/zero is refused after reading cap + 1 bytes, never read whole.
 */
import { MAX_CHARTER_BYTES } from '../contracts/constants';

/** Bytes read from an input: one more than this means "too large". */
export const MAX_INPUT_BYTES = MAX_CHARTER_BYTES;

/** Leading bytes looked at for NUL, as git and grep do to call a file binary. */
const SNIFF_BYTES = 8000;

const hasUtf16Bom = (b: Uint8Array) => (b[0] === 0xfe && b[1] === 0xff) || (b[0] === 0xff && b[1] === 0xfe);

/**
 * Why `bytes` cannot be a charter or cookie file ("larger than 6 MiB", "not a text file"), or
 * null. A UTF-16 file (with its BOM) is text, NULs and all.
 * @example refuseInput(new Uint8Array(10)) // 'not a text file (it holds NUL bytes)'
 */
export function refuseInput(bytes: Uint8Array, max = MAX_INPUT_BYTES): string | null {
  if (!hasUtf16Bom(bytes) && bytes.subarray(0, SNIFF_BYTES).includes(0)) return 'not a text file (it holds NUL bytes)';
  if (bytes.length > max) return `larger than ${max / (1024 * 1024)} MiB, the most a charter page may be`;
  return null;
}
