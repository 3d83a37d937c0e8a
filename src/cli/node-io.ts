import { once } from 'node:events';
import { open, readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { type CliIo, ReadError } from './run.js';

/** The streams the command reads and writes; Node's own by default. */
export type Streams = {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
};

/** Files, standard input and standard output, for the command. */
export function nodeIo(streams: Streams = process): CliIo {
  const { stdin, stdout, stderr } = streams;
  return {
    readText: async (file) => {
      try {
        return file === '-'
          ? await textOf(stdin)
          : await readFile(file, 'utf8');
      } catch (error) {
        throw new ReadError(reasonOf(error));
      }
    },
    readLines: (file) => readErrors(linesOf(file, stdin)),
    // Waiting for a full pipe to drain keeps memory flat however many
    // problems a large file has.
    write: async (text) => {
      if (!stdout.write(text)) await once(stdout, 'drain');
    },
    writeError: (text) => {
      stderr.write(text);
    },
  };
}

async function* linesOf(
  file: string,
  stdin: NodeJS.ReadableStream,
): AsyncIterable<string> {
  const input = file === '-' ? stdin : (await open(file)).createReadStream();
  yield* createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
}

// Opening and reading fail inside the iteration; either is a file that
// cannot be read, told apart from a fault of the command itself.
async function* readErrors(source: AsyncIterable<string>) {
  try {
    yield* source;
  } catch (error) {
    throw new ReadError(reasonOf(error));
  }
}

async function textOf(input: NodeJS.ReadableStream): Promise<string> {
  const chunks: string[] = [];
  input.setEncoding('utf8');
  for await (const chunk of input) chunks.push(String(chunk));
  return chunks.join('');
}

function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'error';
}
