/** Test helpers: fixture files as jsdom Documents (jsdom stays out of src/core). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');

/** A fixture page as a Document, at `url` (scripts are not run: jsdom's default). */
export function loadFixture(path: string, url = 'https://data.example.fr/terms/cookies-policy/'): Document {
  return new JSDOM(readFileSync(join(FIXTURES, path), 'utf8'), { url }).window.document;
}

/** A Document from an HTML string. */
export function htmlDocument(html: string, url = 'https://data.example.fr/terms/cookies-policy/'): Document {
  return new JSDOM(html, { url }).window.document;
}

/** A Document from a body fragment, reusing one jsdom window (creating windows is slow). */
export function makeBodyFactory(): (body: string) => Document {
  const { window } = new JSDOM('<!DOCTYPE html><html><body></body></html>');
  return (body: string): Document => {
    const doc = window.document.implementation.createHTMLDocument('');
    doc.body.innerHTML = body;
    return doc;
  };
}
