/**
 * What the popup knows of a site that is not a portal, for the components deep in the report
 * (the header's source line) without threading it through every screen: the view's AnySite and
 * the two actions on it.
 */
import { createContext } from 'preact';
import type { AnySite } from '../../core/findings';

export interface SourceControls {
  /** The shown view's, when it is of a site that is not a portal. */
  anySite?: AnySite;
  /** The tab's page (the action "this page is the cookie policy" names it). */
  pageUrl: string | null;
  /** "This page is the cookie policy of this site", then the view again. */
  point(): Promise<void>;
  /** Forget the page pointed at, then the view again. */
  forget(): Promise<void>;
}

export const SourceContext = createContext<SourceControls | null>(null);
