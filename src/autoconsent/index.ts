/** The consent-banner clicker, injected into a tab only when the user (or the CLI) asks. */
void 0; // replaced by the autoconsent bundle
