import { describe, expect, it } from 'vitest';
import { type CliIo, EXIT, ReadError, run } from '../../src/cli/run.js';

type Fake = CliIo & { out: string[]; err: string[] };

function fakeIo(files: Record<string, string>): Fake {
  const out: string[] = [];
  const err: string[] = [];
  const text = async (file: string) => {
    const found = files[file];
    if (found === undefined) throw new ReadError('ENOENT');
    return found;
  };
  return {
    out,
    err,
    readText: text,
    readLines: async function* (file) {
      yield* (await text(file)).split('\n');
    },
    write: async (t) => {
      out.push(t);
    },
    writeError: (t) => {
      err.push(t);
    },
  };
}

const GOOD = '{"menikah":true,"istri":{"tanggalLahir":"1990-05-01"}}';
const BAD = '{"menikah":true,"istri":{"tanggalLahir":"2023-02-29"}}';

describe('run', () => {
  it('returns 0 and the count when every record is valid', async () => {
    const io = fakeIo({ 'a.json': `[${GOOD},${GOOD}]` });
    expect(await run(['validate', 'pasangan', 'a.json'], io)).toBe(EXIT.valid);
    expect(io.out.join('')).toContain('Records: 2, invalid: 0, problems: 0.');
  });

  it('returns 1 with each problem by line in NDJSON', async () => {
    const io = fakeIo({ 'a.ndjson': [GOOD, '', BAD, GOOD, BAD].join('\n') });
    const code = await run(['validate', 'PasanganSchema', 'a.ndjson'], io);
    expect(code).toBe(EXIT.invalid);
    const text = io.out.join('');
    expect(text).toContain('a.ndjson:3: $.istri.tanggalLahir: invalid_date\n');
    expect(text).toContain('a.ndjson:5: ');
    expect(text).toContain('Records: 4, invalid: 2, problems: 2.');
    expect(text).not.toContain('2023-02-29');
  });

  it('returns a JSON line a problem, then a summary, for json', async () => {
    const io = fakeIo({ 'a.json': `[${GOOD},${BAD}]` });
    await run(['validate', 'pasangan', 'a.json', '--format', 'json'], io);
    const lines = io.out
      .join('')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      expect.objectContaining({
        type: 'problem',
        index: 1,
        code: 'invalid_date',
      }),
      { type: 'summary', records: 2, invalid: 1, problems: 1 },
    ]);
  });

  it('writes each problem before reading the next line', async () => {
    const io = fakeIo({});
    const seen: number[] = [];
    const streamed: CliIo = {
      ...io,
      readLines: async function* () {
        for (let line = 1; line <= 3; line++) {
          seen.push(io.out.length);
          yield BAD;
        }
      },
    };
    await run(
      ['validate', 'pasangan', 'big.ndjson', '--bahasa', 'en'],
      streamed,
    );
    // Before lines 2 and 3 are read, the problems of earlier lines are out.
    expect(seen).toEqual([0, 1, 2]);
  });

  it('returns 0 with the help on standard output when asked', async () => {
    const io = fakeIo({});
    expect(await run(['--help'], io)).toBe(EXIT.valid);
    expect(io.out.join('')).toContain('  pasangan ');
    expect(io.out.join('')).toContain('PasanganSchema');
  });

  it('returns 2 with the help on stderr when given nothing', async () => {
    const io = fakeIo({});
    expect(await run([], io)).toBe(EXIT.usage);
    expect(io.err.join('')).toContain('validate <skema|schema>');
    expect(io.out).toEqual([]);
  });

  it('returns 2 for bad usage, an unknown schema or no file', async () => {
    const io = fakeIo({});
    expect(await run(['validate', 'pasangan'], io)).toBe(EXIT.usage);
    expect(await run(['validate', 'posyandu', 'a.json'], io)).toBe(EXIT.usage);
    expect(
      await run(['validate', 'pasangan', 'no.json', '--bahasa=en'], io),
    ).toBe(EXIT.usage);
    expect(io.err).toEqual([
      'Tulis: validate <skema> <berkas>.\nWrite: validate <schema> <file>.\n',
      'Skema tidak dikenal: posyandu. Lihat --help.\n' +
        'Unknown schema: posyandu. See --help.\n',
      'Cannot read the file: no.json (ENOENT).\n',
    ]);
  });

  it('passes on a fault that is not a file that cannot be read', async () => {
    const io: CliIo = {
      ...fakeIo({}),
      readText: () => Promise.reject(new TypeError('bug')),
    };
    await expect(run(['validate', 'pasangan', 'a.json'], io)).rejects.toThrow(
      'bug',
    );
  });
});
