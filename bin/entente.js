#!/usr/bin/env node
// The `entente` command: runs the TypeScript CLI directly through tsx, no build step.
import { register } from 'tsx/esm/api';

register();
await import('./cli.ts');
