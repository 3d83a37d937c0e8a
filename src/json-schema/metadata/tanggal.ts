import type { Citation } from '../../citation.js';
import type { MetadataTable } from '../metadata.js';

/** The written form of a calendar date that JSON Schema's `date` names. */
export const RFC_3339: Citation = {
  instrument: 'RFC 3339, Date and Time on the Internet: Timestamps',
  ref: 'Section 5.6 (full-date)',
};

/** Calendar dates. */
export const TANGGAL_METADATA: MetadataTable = {
  TanggalSchema: {
    title: { id: 'Tanggal', en: 'Date' },
    description: {
      id:
        'Tanggal kalender YYYY-MM-DD: sebuah hari, bukan saat, sehingga ' +
        'zona waktu tidak menggesernya. Hanya hari yang ada diterima: ' +
        '2024-02-29 ada, 2023-02-29 tidak.',
      en:
        'A calendar date, YYYY-MM-DD: a day, not an instant, so no time ' +
        'zone moves it. Only days that exist are accepted: 2024-02-29 ' +
        'exists, 2023-02-29 does not.',
    },
    citations: [RFC_3339],
  },
};
