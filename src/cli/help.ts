import type { SchemaEntry } from '../json-schema/names.js';

const USAGE = `Pemakaian / Usage:
  imp-bangga-kencana validate <skema|schema> <berkas|file> [opsi|options]

Memeriksa rekaman JSON terhadap skema pustaka ini, sebagaimana pustaka
membacanya, dan menulis tiap masalah: tempat, jalur, kode dan pesan,
tanpa pernah mengulang nilainya.
Checks JSON records against a schema of this library, as the library
reads them, and writes every problem: place, path, code and message,
never the value.

Berkas / File:
  *.json            satu rekaman, atau daftar (array) rekaman
                    one record, or a list (array) of records
  *.ndjson, *.jsonl satu rekaman per baris, dibaca mengalir
                    one record a line, streamed
  -                 masukan baku / standard input

Opsi / Options:
  --ndjson          satu rekaman per baris / one record a line
  --format text|json
                    json: satu objek JSON per masalah, lalu ringkasan
                    json: one JSON object a problem, then a summary
  --bahasa id|en    pesan dalam satu bahasa / messages in one language
  --pointer /a/0    JSON Pointer ke rekaman atau daftarnya dalam berkas
                    JSON Pointer to the record or list inside the file
  --tanggal YYYY-MM-DD
                    hari yang dinilai, untuk aturan yang memerlukannya
                    the day judged, for the rules that need one
                    (keluarga, data-laporan-desa, pasangan)
  -h, --help        bantuan ini / this help

Kode keluar / Exit codes:
  0  semua rekaman sah / every record is valid
  1  ada rekaman yang tidak sah / some record is invalid
  2  salah pakai, atau berkas tidak terbaca / usage error, unreadable file

Skema / Schemas (nama berkas atau nama ekspor / file or export name):`;

/** The help text, with every schema the command knows. */
export function helpText(entries: readonly SchemaEntry[]): string {
  const width = Math.max(...entries.map((e) => e.slug.length));
  const lines = entries.map((e) => `  ${e.slug.padEnd(width)}  ${e.name}`);
  const more =
    'JSON Schema tiap skema / JSON Schema of each:\n' +
    '  imp-bangga-kencana/schemas/<skema|schema>.json';
  return `${USAGE}\n${lines.join('\n')}\n\n${more}\n`;
}
