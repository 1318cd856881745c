/** fetchPage against a stubbed global fetch that answers real Responses with real ReadableStreams. */
import { fetchPage } from '../../src/platform/fetch-page';
import { MAX_CHARTER_BYTES } from '../../src/contracts/constants';

const URL_ = 'https://data.example.test/terms/cookies-policy/';
const realTimeout = AbortSignal.timeout.bind(AbortSignal);

/** Stubs fetch with `answer`, which also receives the request's signal. */
function stubFetch(answer: (signal: AbortSignal) => Response | Promise<Response>) {
  return jest.spyOn(globalThis, 'fetch').mockImplementation(async (_input, init) => answer(init!.signal!));
}

/** A body that never ends: 64 KiB chunks, counted as they are pulled. */
function endlessBody() {
  const state = { pulled: 0, cancelled: false };
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      state.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

afterEach(() => jest.restoreAllMocks());

describe('fetchPage', () => {
  it('stops reading an endless body at the cap and cancels it', async () => {
    const { stream, state } = endlessBody();
    stubFetch(() => new Response(stream, { headers: { 'content-type': 'text/html' } }));
    await expect(fetchPage(URL_, 'same-origin')).resolves.toEqual({ ok: false, url: URL_, reason: 'too-large' });
    expect(state.pulled).toBeGreaterThan(MAX_CHARTER_BYTES);
    // Stopped right after the cap (plus what the stream queued ahead), not read on and on.
    expect(state.pulled).toBeLessThan(MAX_CHARTER_BYTES + 4 * 64 * 1024);
    expect(state.cancelled).toBe(true);
  });

  it('refuses an announced length over the cap without reading the body', async () => {
    const { stream, state } = endlessBody();
    stubFetch(() => new Response(stream, { headers: { 'content-length': String(MAX_CHARTER_BYTES + 1) } }));
    await expect(fetchPage(URL_, 'same-origin')).resolves.toMatchObject({ ok: false, reason: 'too-large' });
    expect(state.pulled).toBeLessThanOrEqual(64 * 1024);
  });

  it('reads a body of exactly the cap', async () => {
    stubFetch(() => new Response(new Uint8Array(MAX_CHARTER_BYTES).fill(0x61), { headers: { 'content-type': 'text/html' } }));
    const page = await fetchPage(URL_, 'same-origin');
    expect(page.ok && page.html.length).toBe(MAX_CHARTER_BYTES);
  });

  it('times out on a body that stalls after its first bytes', async () => {
    // A 50 ms deadline stands for the real 10 s one.
    jest.spyOn(AbortSignal, 'timeout').mockImplementation(() => realTimeout(50));
    let cancelled = false;
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('<!doctype html><h2>Charte'));
      },
      cancel() {
        cancelled = true;
      },
    });
    stubFetch(() => new Response(stalled, { headers: { 'content-type': 'text/html' } }));
    await expect(fetchPage(URL_, 'same-origin')).resolves.toEqual({ ok: false, url: URL_, reason: 'timeout' });
    expect(cancelled).toBe(true);
  });

  it('times out when no answer comes at all', async () => {
    jest.spyOn(AbortSignal, 'timeout').mockImplementation(() => realTimeout(50));
    stubFetch(() => new Promise<Response>(() => undefined));
    await expect(fetchPage(URL_, 'omit')).resolves.toEqual({ ok: false, url: URL_, reason: 'timeout' });
  });

  it('decodes by the Content-Type charset: a Latin-1 "Durée" stays "Durée"', async () => {
    const latin1 = Uint8Array.from(Buffer.from('<th>Durée</th><th>Finalité</th>', 'latin1'));
    stubFetch(() => new Response(latin1, { headers: { 'content-type': 'text/html; charset=iso-8859-1' } }));
    const page = await fetchPage(URL_, 'same-origin');
    expect(page).toMatchObject({ ok: true, status: 200, contentType: 'text/html; charset=iso-8859-1', html: '<th>Durée</th><th>Finalité</th>' });
  });

  it('decodes by a <meta charset> when the header has none', async () => {
    const bytes = Uint8Array.from(Buffer.from('<meta charset="windows-1252"><th>Durée ’</th>', 'latin1'));
    bytes[bytes.length - 6] = 0x92; // windows-1252 right single quote
    stubFetch(() => new Response(bytes, { headers: { 'content-type': 'text/html' } }));
    const page = await fetchPage(URL_, 'same-origin');
    expect(page.ok && page.html).toBe('<meta charset="windows-1252"><th>Durée ’</th>');
  });

  it('keeps UTF-8 pages as they are', async () => {
    stubFetch(() => new Response('<th>Durée 🍪</th>', { headers: { 'content-type': 'text/html; charset=utf-8' } }));
    const page = await fetchPage(URL_, 'same-origin');
    expect(page.ok && page.html).toBe('<th>Durée 🍪</th>');
  });

  it('gives the final URL after redirects, and the status', async () => {
    stubFetch(() => {
      const response = new Response('<p>login</p>', { status: 200, headers: { 'content-type': 'text/html' } });
      Object.defineProperty(response, 'url', { value: 'https://data.example.test/login/' });
      return response;
    });
    await expect(fetchPage(URL_, 'same-origin')).resolves.toMatchObject({ ok: true, url: 'https://data.example.test/login/', status: 200 });
  });

  it('turns a network error into a reason', async () => {
    jest.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(fetchPage(URL_, 'omit')).resolves.toEqual({ ok: false, url: URL_, reason: 'network' });
  });

  it('turns a body that errors half-way into a network error', async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array([0x3c]));
        controller.error(new TypeError('connection reset'));
      },
    });
    stubFetch(() => new Response(broken));
    await expect(fetchPage(URL_, 'omit')).resolves.toEqual({ ok: false, url: URL_, reason: 'network' });
  });

  it('passes the credentials mode and a timeout signal to fetch', async () => {
    const spy = stubFetch(() => new Response(''));
    await fetchPage(URL_, 'omit');
    expect(spy).toHaveBeenCalledWith(URL_, expect.objectContaining({ credentials: 'omit', redirect: 'follow', signal: expect.any(AbortSignal) }));
  });
});
