/**
 * readPackedJson against a stubbed fetch answering real Responses: node's own DecompressionStream
 * inflates what zlib gzipped, as the browsers do with what scripts/build.mjs writes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readPackedJson } from '../../src/platform/packed-json';

const DATA = { format: 'test/1', rows: [['_ga', 0, 1, -1, 0, 'google.com']], text: 'Préférences, 30 jours' };
const gzipped = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 });

/** Stubs fetch with one answer per call; returns the spy. */
function stubFetch(answer: () => Response) {
  return jest.spyOn(globalThis, 'fetch').mockImplementation(async () => answer());
}

afterEach(() => jest.restoreAllMocks());

describe('readPackedJson', () => {
  it("fetches the extension's own file and gives back the JSON it was gzipped from", async () => {
    const fetchSpy = stubFetch(() => new Response(gzipped(DATA)));
    await expect(readPackedJson('data/test.json.gz')).resolves.toEqual(DATA);
    expect(fetchSpy).toHaveBeenCalledWith('chrome-extension://test-extension/data/test.json.gz');
  });

  it('reads a file of the real size (autoconsent’s compact rules) whole', async () => {
    const rules = readFileSync(join(__dirname, '../../node_modules/@duckduckgo/autoconsent/rules/compact-rules.json'), 'utf8');
    stubFetch(() => new Response(gzipSync(rules, { level: 9 })));
    await expect(readPackedJson('autoconsent/compact-rules.json.gz')).resolves.toEqual(JSON.parse(rules));
  });

  it('rejects with the path and the status when the response is not ok', async () => {
    stubFetch(() => new Response(gzipped(DATA), { status: 404 }));
    await expect(readPackedJson('missing.json.gz')).rejects.toThrow('missing.json.gz: HTTP 404');
  });

  it('rejects, naming the file, on bytes that are not gzip (the JSON as is, say)', async () => {
    stubFetch(() => new Response(JSON.stringify(DATA)));
    await expect(readPackedJson('plain.json.gz')).rejects.toThrow(/^plain\.json\.gz: not gzipped JSON \(.+\)$/);
  });

  it('rejects on gzip cut short, and on gzipped text that is not JSON', async () => {
    stubFetch(() => new Response(gzipped(DATA).subarray(0, 20)));
    await expect(readPackedJson('cut.json.gz')).rejects.toThrow('cut.json.gz: not gzipped JSON');
    stubFetch(() => new Response(gzipSync('{"format":')));
    await expect(readPackedJson('half.json.gz')).rejects.toThrow('half.json.gz: not gzipped JSON');
  });
});
