// Closes Preact's two ways to write markup into the DOM, in the bundle we ship (the build applies
// this to preact/dist/preact.mjs; test/build/preact-patch.test.ts renders with the patched copy).
//  1. dangerouslySetInnerHTML: its one `innerHTML` write throws instead (we never use it), so
//     `web-ext lint` has nothing to warn about.
//  2. The generic property path: a prop whose name is a DOM property is assigned as
//     `dom[name] = value`, so a prop named `innerHTML` or `outerHTML` would write markup. Such names
//     now take the attribute path (a harmless attribute of that name).
// If a Preact update changes either piece of code, the build fails rather than ship it unpatched.

const DANGEROUS = ['(t.innerHTML=h.__html)', '(()=>{throw new Error("dangerouslySetInnerHTML is disabled")})()'];
const GENERIC = ['"popover"!=t&&t in n)', '"popover"!=t&&"innerHTML"!=t&&"outerHTML"!=t&&t in n)'];

/** Preact's ESM source with both markup writes closed; throws when the code to patch is not found. */
export function patchPreact(code, file = 'preact.mjs') {
  let out = code;
  for (const [from, to] of [DANGEROUS, GENERIC]) {
    if (out.split(from).length !== 2) throw new Error(`Preact changed: ${from} not found once in ${file}`);
    out = out.replace(from, to);
  }
  return out;
}
