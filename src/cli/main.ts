#!/usr/bin/env node
// The command for data teams: `imp-bangga-kencana validate <schema> <file>`.
// Everything but reading files and writing output lives in modules without
// Node built-ins, so that it can be tested as plain functions.
import { nodeIo } from './node-io.js';
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2), nodeIo());
