import * as library from '../index.js';
import {
  findSchema,
  type SchemaEntry,
  schemaEntries,
} from '../json-schema/names.js';
import type { Label } from '../label.js';
import { type Bahasa, type Command, parseArguments } from './args.js';
import {
  formatProblem,
  formatProblemJson,
  formatSummary,
  formatSummaryJson,
  type Summary,
} from './format.js';
import { helpText } from './help.js';
import { checkDocument, checkLine, type Problem } from './validate.js';

/** What the command needs from the world; the shell gives Node's. */
export type CliIo = {
  /** The whole text of a file; `-` for standard input. */
  readonly readText: (file: string) => Promise<string>;
  /** The lines of a file, one by one, without their ends. */
  readonly readLines: (file: string) => AsyncIterable<string>;
  /** Writes to standard output, resolving once it may write more. */
  readonly write: (text: string) => Promise<void>;
  /** Writes to standard error. */
  readonly writeError: (text: string) => void;
};

/** The exit codes of the command. */
export const EXIT = { valid: 0, invalid: 1, usage: 2 } as const;

type Validate = Extract<Command, { kind: 'validate' }>;

/**
 * Runs the command on its arguments and returns the exit code: 0 when
 * every record is valid, 1 when any is not, 2 for a usage error.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseArguments(argv);
  const entries = schemaEntries(library);
  if (command.kind === 'help') {
    const write = command.asked ? io.write : io.writeError;
    await write(helpText(entries));
    return command.asked ? EXIT.valid : EXIT.usage;
  }
  if (command.kind === 'usage-error') return usageError(io, command.message);

  const entry = findSchema(entries, command.schema);
  if (!entry) {
    return usageError(
      io,
      {
        id: `Skema tidak dikenal: ${command.schema}. Lihat --help.`,
        en: `Unknown schema: ${command.schema}. See --help.`,
      },
      command.bahasa,
    );
  }
  try {
    const summary = await validateFile(entry, command, io);
    return summary.invalid > 0 ? EXIT.invalid : EXIT.valid;
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    return usageError(
      io,
      {
        id: `Berkas tidak dapat dibaca: ${command.file} (${error.reason}).`,
        en: `Cannot read the file: ${command.file} (${error.reason}).`,
      },
      command.bahasa,
    );
  }
}

/** A file that could not be read; the shell throws it. */
export class ReadError extends Error {
  /** A short reason, such as a system error code (`ENOENT`). */
  readonly reason: string;

  constructor(reason: string) {
    super(reason);
    this.reason = reason;
  }
}

type Printer = ReturnType<typeof printer>;

async function validateFile(
  entry: SchemaEntry,
  command: Validate,
  io: CliIo,
): Promise<Summary> {
  const out = printer(command, io);
  const summary = command.ndjson
    ? await validateLines(entry, command, io, out)
    : await validateDocument(entry, command, io, out);
  await out.summary(summary);
  return summary;
}

// Line by line, writing each problem as it is found, so that a file of
// any size needs the memory of one line.
async function validateLines(
  entry: SchemaEntry,
  command: Validate,
  io: CliIo,
  out: Printer,
): Promise<Summary> {
  const tally = { records: 0, invalid: 0, problems: 0 };
  let line = 0;
  for await (const text of io.readLines(command.file)) {
    const found = checkLine(entry, text, ++line, command);
    if (!found) continue;
    tally.records++;
    if (found.length > 0) tally.invalid++;
    tally.problems += found.length;
    for (const problem of found) await out.problem(problem);
  }
  return tally;
}

async function validateDocument(
  entry: SchemaEntry,
  command: Validate,
  io: CliIo,
  out: Printer,
): Promise<Summary> {
  const text = await io.readText(command.file);
  const { problems, ...counts } = checkDocument(entry, text, command);
  for (const problem of problems) await out.problem(problem);
  return { ...counts, problems: problems.length };
}

function printer(command: Validate, io: CliIo) {
  const { file, bahasa } = command;
  if (command.format === 'json') {
    return {
      problem: (p: Problem) => io.write(formatProblemJson(p, file)),
      summary: (s: Summary) => io.write(formatSummaryJson(s)),
    };
  }
  return {
    problem: (p: Problem) => io.write(formatProblem(p, file, bahasa)),
    summary: (s: Summary) => io.write(formatSummary(s, bahasa)),
  };
}

function usageError(io: CliIo, message: Label, bahasa?: Bahasa): number {
  io.writeError(
    bahasa ? `${message[bahasa]}\n` : `${message.id}\n${message.en}\n`,
  );
  return EXIT.usage;
}
