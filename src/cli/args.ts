import { TanggalSchema } from '../index.js';
import type { Label } from '../label.js';

/** How problems are printed: for people, or one JSON object a line. */
export type Format = 'text' | 'json';

/** One language for the messages; both when not chosen. */
export type Bahasa = 'id' | 'en';

/** What the command line asks for. */
export type Command =
  | {
      readonly kind: 'help';
      /** Whether help was asked for, rather than no command given. */
      readonly asked: boolean;
    }
  | {
      readonly kind: 'validate';
      /** The schema's name as typed, e.g. `keluarga` or `KeluargaSchema`. */
      readonly schema: string;
      /** The file to read; `-` for standard input. */
      readonly file: string;
      /** One record a line, rather than one JSON document. */
      readonly ndjson: boolean;
      readonly format: Format;
      readonly bahasa: Bahasa | undefined;
      /** A JSON Pointer to the record, or list of records, to check. */
      readonly pointer: string | undefined;
      /** The day judged, `YYYY-MM-DD`, for checks that need one. */
      readonly tanggal: string | undefined;
    }
  | { readonly kind: 'usage-error'; readonly message: Label };

type Options = {
  ndjson: boolean;
  format: Format;
  bahasa: Bahasa | undefined;
  pointer: string | undefined;
  tanggal: string | undefined;
  help: boolean;
};

const NDJSON_FILE = /\.(ndjson|jsonl)$/i;
const VALUED = new Set(['--format', '--bahasa', '--pointer', '--tanggal']);

/**
 * Reads the arguments after the program's name:
 * `validate <schema> <file> [--ndjson] [--format text|json]
 * [--bahasa id|en] [--pointer /json/pointer] [--tanggal YYYY-MM-DD]`, or
 * `--help`.
 */
export function parseArguments(argv: readonly string[]): Command {
  const positional: string[] = [];
  const options: Options = {
    ndjson: false,
    format: 'text',
    bahasa: undefined,
    pointer: undefined,
    tanggal: undefined,
    help: false,
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [name = '', inline] = splitOption(arg);
    const value = VALUED.has(name) && inline === undefined ? argv[++i] : inline;
    const problem = setOption(options, name, value);
    if (problem) return { kind: 'usage-error', message: problem };
  }
  return commandOf(positional, options);
}

function splitOption(arg: string): [string, string | undefined] {
  const equals = arg.indexOf('=');
  return equals < 0
    ? [arg, undefined]
    : [arg.slice(0, equals), arg.slice(equals + 1)];
}

function setOption(
  options: Options,
  name: string,
  value: string | undefined,
): Label | undefined {
  switch (name) {
    case '--help':
    case '-h':
      options.help = true;
      return undefined;
    case '--ndjson':
      options.ndjson = true;
      return value === undefined ? undefined : noValue(name);
    case '--format':
      if (value !== 'text' && value !== 'json')
        return oneOf(name, 'text, json');
      options.format = value;
      return undefined;
    case '--bahasa':
      if (value !== 'id' && value !== 'en') return oneOf(name, 'id, en');
      options.bahasa = value;
      return undefined;
    case '--pointer':
      if (value === undefined || !/^(\/|$)/.test(value)) {
        return {
          id: `${name} harus JSON Pointer yang diawali '/', mis. /pasangan.`,
          en: `${name} must be a JSON Pointer from '/', e.g. /pasangan.`,
        };
      }
      options.pointer = value;
      return undefined;
    case '--tanggal':
      if (!TanggalSchema.safeParse(value).success) {
        return {
          id: `${name} harus tanggal yang ada, YYYY-MM-DD.`,
          en: `${name} must be a real date, YYYY-MM-DD.`,
        };
      }
      options.tanggal = value;
      return undefined;
    default:
      return {
        id: `Opsi tidak dikenal: ${name}.`,
        en: `Unknown option: ${name}.`,
      };
  }
}

function commandOf(positional: readonly string[], options: Options): Command {
  if (options.help || positional[0] === 'help') {
    return { kind: 'help', asked: true };
  }
  if (positional.length === 0) return { kind: 'help', asked: false };
  const [command, schema, file, ...rest] = positional;
  if (command !== 'validate') {
    return usage(
      `Perintah tidak dikenal: ${command}.`,
      `Unknown command: ${command}.`,
    );
  }
  if (schema === undefined || file === undefined || rest.length > 0) {
    return usage(
      'Tulis: validate <skema> <berkas>.',
      'Write: validate <schema> <file>.',
    );
  }
  const { help: _, ...chosen } = options;
  return {
    kind: 'validate',
    schema,
    file,
    ...chosen,
    ndjson: options.ndjson || NDJSON_FILE.test(file),
  };
}

function usage(id: string, en: string): Command {
  return { kind: 'usage-error', message: { id, en } };
}

function oneOf(name: string, values: string): Label {
  return {
    id: `${name} harus salah satu dari: ${values}.`,
    en: `${name} must be one of: ${values}.`,
  };
}

function noValue(name: string): Label {
  return { id: `${name} tidak diberi nilai.`, en: `${name} takes no value.` };
}
