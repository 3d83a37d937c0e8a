import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeIo, type Streams } from '../../src/cli/node-io.js';
import { ReadError } from '../../src/cli/run.js';

const dir = mkdtempSync(join(tmpdir(), 'imp-cli-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const found: string[] = [];
  for await (const line of lines) found.push(line);
  return found;
}

function streams(stdin = Readable.from([])): Streams & { written: string[] } {
  const written: string[] = [];
  const sink = () =>
    new Writable({
      highWaterMark: 1,
      write(chunk, _, done) {
        written.push(String(chunk));
        setTimeout(done, 1);
      },
    });
  return { stdin, stdout: sink(), stderr: sink(), written };
}

describe('nodeIo', () => {
  it('reads the whole text of a file', async () => {
    const file = join(dir, 'a.json');
    writeFileSync(file, '{"a":1}');
    expect(await nodeIo(streams()).readText(file)).toBe('{"a":1}');
  });

  it('reads the lines of a file without their ends, CRLF or LF', async () => {
    const file = join(dir, 'a.ndjson');
    writeFileSync(file, '1\r\n2\n\n3');
    expect(await collect(nodeIo(streams()).readLines(file))).toEqual([
      '1',
      '2',
      '',
      '3',
    ]);
  });

  it('reads standard input for the file -', async () => {
    const text = nodeIo(streams(Readable.from(['{"a"', ':1}']))).readText('-');
    expect(await text).toBe('{"a":1}');
    const stdin = new PassThrough();
    stdin.end('x\ny\n');
    expect(await collect(nodeIo(streams(stdin)).readLines('-'))).toEqual([
      'x',
      'y',
    ]);
  });

  it('throws ReadError with the code of a file it cannot read', async () => {
    const io = nodeIo(streams());
    const missing = join(dir, 'missing.json');
    await expect(io.readText(missing)).rejects.toEqual(new ReadError('ENOENT'));
    await expect(collect(io.readLines(missing))).rejects.toBeInstanceOf(
      ReadError,
    );
    await expect(collect(io.readLines(dir))).rejects.toMatchObject({
      reason: 'EISDIR',
    });
  });

  it('throws ReadError for standard input failing without code', async () => {
    const stdin = new Readable({
      read() {
        this.destroy(new Error('closed'));
      },
    });
    await expect(nodeIo(streams(stdin)).readText('-')).rejects.toEqual(
      new ReadError('error'),
    );
  });

  it('waits for standard output to drain before writing more', async () => {
    const s = streams();
    const io = nodeIo(s);
    await io.write('');
    await io.write('first ');
    await io.write('second');
    io.writeError('!');
    expect(s.written.join('')).toBe('first second!');
  });
});
