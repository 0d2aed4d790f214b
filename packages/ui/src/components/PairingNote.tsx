import type { Report } from '@hezhang/core';
import { DOSSIER_STRINGS } from '../dossier-strings.js';
import { useLang } from '../i18n.js';

/**
 * Under a document's verdict: the documents it was read with (core's pairing) and why — those its own
 * checks compared it with, and its department for a unit — and, folded, the comparisons these
 * documents could not make and why. Nothing for a document checked alone. Test hooks:
 * `[data-paired]` (relation) and `[data-impossible]` (rule).
 */
export function PairingNote({ report }: { report: Report }) {
  const lang = useLang();
  const s = DOSSIER_STRINGS[lang];
  const p = report.pairing;
  if (!p) return null;
  const shown = p.paired.filter((x) => x.relation !== 'later' && x.relation !== 'final');
  if (shown.length === 0 && p.impossible.length === 0 && !p.unpaired) return null;
  return (
    <div class="summary-pairing">
      {p.unpaired && <p data-unpaired="">{p.unpaired[lang]}</p>}
      {shown.length > 0 && (
        <ul>
          {shown.map((x) => (
            <li key={`${x.relation}|${x.name}`} data-paired={x.relation}>
              <strong>{x.name}</strong>
              {s.aside(s.relation[x.relation])}
              {x.reason[lang]}
            </li>
          ))}
        </ul>
      )}
      {p.impossible.length > 0 && (
        <details>
          <summary>{s.counted(s.impossible, p.impossible.length)}</summary>
          <ul>
            {p.impossible.map((x) => (
              <li key={`${x.relation}|${x.rule}`} data-impossible={x.rule}>
                {x.reason[lang]}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
