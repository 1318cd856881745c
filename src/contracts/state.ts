/** Shapes of what the contexts keep and exchange: the core defines them, every context agrees on them. */
export type { CharterFinding, CharterSource, PageFacts, TabView } from '../core/findings';
