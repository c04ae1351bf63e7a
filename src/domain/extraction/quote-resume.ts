/**
 * A quoted sentence the attribution interrupts in the writer's own words: `“Only the harbour,”
 * Ruiz said, would survive such a levy.` The words after the attribution finish what the
 * speaker said, so they are a statement of the same speaker (their own draft: a statement's
 * content is one span, and the attribution between is not content).
 */
import { makeDraft } from './draft.ts';
import type { Draft } from './draft.ts';
import type { Quote } from './segment.ts';

const ATTRIBUTION_THEN_REST = /^\s+[^,.“”"\n]{1,50}?\s+(?:said|says|added|adds|wrote|writes|explained|continued|argued)(?:\s+[^,.“”"\n]{1,30}?)?,\s+(?=(?:would|will|could|can|should|might|must|to|that|only|is|are|was|were|has|have|had)\s)/;

/** Adds the resumed part of quoted sentences as statements (see above). */
export function addResumedQuotes(text: string, drafts: Draft[], quotes: readonly Quote[]): void {
  const added: Draft[] = [];
  for (const d of drafts) {
    if (d.kind !== 'DIRECT' || !d.cue) continue;
    const q = quotes.find((x) => x.closed && x.start === d.content.start && d.content.end >= x.end - 1 && d.content.end <= x.close);
    // The quotation breaks off on a comma: its sentence goes on.
    if (!q || !/,\s*$/.test(text.slice(q.start, q.end))) continue;
    const after = text.slice(q.close, Math.min(text.length, q.close + 400));
    const m = ATTRIBUTION_THEN_REST.exec(after);
    if (!m) continue;
    const start = q.close + m[0].length;
    const stop = /[.!?](?=\s|$)|\n|[“”"]|''/.exec(text.slice(start, start + 300));
    if (!stop || !/[.!?]/.test(stop[0])) continue;
    const end = start + stop.index;
    if (drafts.some((o) => o.content.start < end && start < o.content.end)) continue;
    added.push(makeDraft({ content: { start, end }, kind: 'DIRECT', cue: d.cue, cueLemma: d.cueLemma, mention: d.mention, pattern: d.pattern, sentence: d.sentence, inheritsFrom: d }));
  }
  drafts.push(...added);
}
