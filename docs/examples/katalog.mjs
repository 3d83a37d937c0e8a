// Prints every duty of one position and one head of government, and what
// one clause rules, from the catalogues exactly as an app would read them.
import { findByClause, findTugas } from 'imp-bangga-kencana';

const ROLES = [
  ['ketua', 'Ketua IMP Bangga Kencana'],
  ['kepala-desa-lurah', 'Kepala Desa/Lurah'],
];

function duties(line, pemangku, name) {
  line(`Tugas ${name} / duties of the ${name}`);
  line('='.repeat(72));
  for (const tugas of findTugas(pemangku)) {
    const peran = tugas.peran ? ` [${tugas.peran}]` : '';
    line(`- ${tugas.label.id}${peran}`);
    line(`  ${tugas.label.en}`);
    line(`  dasar / clause: ${tugas.citation.ref}`);
  }
  line();
}

export function report(line) {
  for (const [pemangku, name] of ROLES) duties(line, pemangku, name);

  const clause = 'Lampiran BAB IV huruf A angka 2 penjelasan huruf c';
  line(`Diatur oleh / ruled by ${clause}`);
  line('='.repeat(72));
  for (const entri of findByClause(clause)) {
    line(`- ${entri.label.id} (${entri.id})`);
    line(`  ${entri.label.en}`);
  }
}
