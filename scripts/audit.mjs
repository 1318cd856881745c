#!/usr/bin/env node
// `npm run audit -- <url>... [flags]` and `npm run audit -- merge <dir>...` (src/cli/audit/args.ts).
// Bundles src/cli/audit/main.ts and runs it (scripts/cli-runner.mjs).
import { runCli } from './cli-runner.mjs';

await runCli({ entry: 'src/cli/audit/main.ts', name: 'audit', label: 'audit' });
