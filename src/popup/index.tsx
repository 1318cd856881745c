/** Popup entry: mount the app for the tab it was opened on (or ?tab=<id>, used by "open in a tab"). */
import { render } from 'preact';
import { App } from './App';
import { L } from './i18n';
import { loadView } from './view-source';

// Screen readers pick the voice from <html lang>: follow the browser's language, as the text does.
document.documentElement.lang = L.lang;
const root = document.getElementById('app');
// Ask the background now rather than from App's first effect, which waits for the first paint.
const first = loadView();
first.catch(() => undefined); // App reports the failure
if (root) render(<App first={first} />, root);
