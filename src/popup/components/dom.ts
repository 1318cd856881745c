/**
 * Real DOM for the report's cells, built once per row and kept by nobody but the document. The
 * table's rows are Preact components, their cells are not: Preact keeps a virtual node, a props
 * object and a children array for every element it renders, which made up most of the popup's JS
 * heap (a 170-row report: ~1.1 MB of 2.5 MB, measured with a heap snapshot; `npm run bench`,
 * "popup JS heap"). Text goes in as text nodes only, never as HTML.
 */

/** What a cell holds: elements, text, or nothing (null, undefined, false are skipped). */
export type Child = Node | string | null | undefined | false | readonly Child[];

/** Attributes by their HTML name; null, undefined and false are left out, true is written "true". */
export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** Sets each attribute of `attrs` on `el` (see Attrs), removing those that are null or undefined. */
export function setAttrs(el: Element, attrs: Attrs): void {
  for (const name in attrs) {
    const value = attrs[name];
    if (value === null || value === undefined || (value === false && !name.startsWith('aria-'))) el.removeAttribute(name);
    else el.setAttribute(name, String(value));
  }
}

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (typeof child === 'string') parent.appendChild(document.createTextNode(child));
  else if (child instanceof Node) parent.appendChild(child);
  else for (const c of child) append(parent, c);
}

/**
 * An element with its attributes and children, like JSX but real DOM. `aria-*` attributes keep
 * `false` as "false" (as Preact writes aria-expanded).
 * @example h('td', { class: 'status', colspan: 3 }, 'Not declared')
 */
export function h(tag: string, attrs: Attrs | null, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  if (attrs) setAttrs(el, attrs);
  for (const child of children) append(el, child);
  return el;
}

/** Replaces `el`'s children with `children`. */
export function fill(el: Element, ...children: Child[]): void {
  el.textContent = '';
  for (const child of children) append(el, child);
}
