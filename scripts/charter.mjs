#!/usr/bin/env node
// `npm run charter -- <charter.html|-> [--cookies <file>] [--url <page-url>] [--format json|csv|md]`
// Bundles src/cli/main.ts and runs it (scripts/cli-runner.mjs).
import { runCli } from './cli-runner.mjs';

await runCli({ entry: 'src/cli/main.ts', name: 'charter', label: 'cookie-charter' });
