#!/usr/bin/env node
// Entry point of the `ocop` command. The TypeScript sources run through tsx's loader, so a
// fresh clone needs no compile step for the server or the CLI (only the portal is built).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
