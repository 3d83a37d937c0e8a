import { describe, expect, it } from 'vitest';
import { parseArguments } from '../../src/cli/args.js';

const codeOf = (argv: string[]) => parseArguments(argv).kind;

describe('parseArguments', () => {
  it('returns a validate command, text in both languages by default', () => {
    expect(parseArguments(['validate', 'keluarga', 'data.json'])).toEqual({
      kind: 'validate',
      schema: 'keluarga',
      file: 'data.json',
      ndjson: false,
      format: 'text',
      bahasa: undefined,
      pointer: undefined,
      tanggal: undefined,
    });
  });

  it('returns one record a line for .ndjson, .jsonl or --ndjson', () => {
    const ndjson = (argv: string[]) => {
      const command = parseArguments(argv);
      return command.kind === 'validate' && command.ndjson;
    };
    expect(ndjson(['validate', 'desa', 'a.ndjson'])).toBe(true);
    expect(ndjson(['validate', 'desa', 'A.JSONL'])).toBe(true);
    expect(ndjson(['validate', 'desa', '-', '--ndjson'])).toBe(true);
    expect(ndjson(['validate', 'desa', 'a.json'])).toBe(false);
  });

  it('reads options before, between and after the positional arguments', () => {
    const command = parseArguments([
      '--format=json',
      'validate',
      '--bahasa',
      'en',
      'desa',
      '--pointer',
      '/desa',
      'a.json',
    ]);
    expect(command).toMatchObject({
      kind: 'validate',
      schema: 'desa',
      file: 'a.json',
      format: 'json',
      bahasa: 'en',
      pointer: '/desa',
    });
  });

  it('takes every argument after -- as positional', () => {
    const command = parseArguments(['validate', 'desa', '--', '--odd.json']);
    expect(command).toMatchObject({ kind: 'validate', file: '--odd.json' });
  });

  it('returns help when asked, and unasked help with no arguments', () => {
    expect(parseArguments(['--help'])).toEqual({ kind: 'help', asked: true });
    expect(parseArguments(['validate', '-h'])).toEqual({
      kind: 'help',
      asked: true,
    });
    expect(parseArguments(['help'])).toEqual({ kind: 'help', asked: true });
    expect(parseArguments([])).toEqual({ kind: 'help', asked: false });
  });

  it('returns a usage error for a command or option it does not know', () => {
    expect(codeOf(['check', 'desa', 'a.json'])).toBe('usage-error');
    expect(codeOf(['validate', 'desa', 'a.json', '--quiet'])).toBe(
      'usage-error',
    );
  });

  it('returns a usage error for a missing or extra argument', () => {
    expect(codeOf(['validate'])).toBe('usage-error');
    expect(codeOf(['validate', 'desa'])).toBe('usage-error');
    expect(codeOf(['validate', 'desa', 'a.json', 'b.json'])).toBe(
      'usage-error',
    );
  });

  it('returns a usage error for a value an option does not take', () => {
    for (const argv of [
      ['--format', 'xml'],
      ['--format'],
      ['--bahasa', 'fr'],
      ['--pointer', 'desa'],
      ['--pointer'],
      ['--ndjson=yes'],
      ['--tanggal', '2023-02-29'],
      ['--tanggal'],
    ]) {
      expect(codeOf(['validate', 'desa', 'a.json', ...argv])).toBe(
        'usage-error',
      );
    }
  });

  it('takes the day judged, a real date', () => {
    const argv = ['validate', 'keluarga', 'a.json', '--tanggal', '2024-02-29'];
    expect(parseArguments(argv)).toMatchObject({ tanggal: '2024-02-29' });
  });

  it('accepts the empty JSON Pointer, which names the whole document', () => {
    expect(
      parseArguments(['validate', 'desa', 'a.json', '--pointer=']),
    ).toMatchObject({ pointer: '' });
  });

  it('names the unknown option in both languages', () => {
    const command = parseArguments(['validate', 'desa', 'a', '--quiet']);
    expect(command).toEqual({
      kind: 'usage-error',
      message: {
        id: 'Opsi tidak dikenal: --quiet.',
        en: 'Unknown option: --quiet.',
      },
    });
  });
});
