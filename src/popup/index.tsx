/** Popup entry: mount the app for the tab it was opened on (or ?tab=<id>, used by "open in a tab"). */
import { render } from 'preact';
import { App } from './App';

const root = document.getElementById('app');
if (root) render(<App />, root);
