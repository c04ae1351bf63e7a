/**
 * `Pell posted a message on the forum reading “Thank you Brask” after the vote`: the words a
 * message, sign or shirt "reads" are the report; the object that carries them is not. A DIRECT
 * statement whose content is such an object narrows to the quotation it reads.
 */
import type { Draft } from './draft.ts';
import type { Quote } from './segment.ts';

const CARRIER = /^(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:message|sign|signs|banner|banners|note|post|tweet|placard|placards|poster|posters|shirt|shirts|t-shirt|t-shirts|hat|hats|caption|headline|email|text|card|sticker|stickers)\b[^“”"]{0,40}?\s(?:reading|that\s+read|which\s+read|that\s+reads|which\s+reads)\s*,?\s*$/iu;

export function narrowToReadQuotation(text: string, drafts: Draft[], quotes: readonly Quote[]): void {
  for (const d of drafts) {
    if (d.kind !== 'DIRECT') continue;
    const q = quotes.find((x) => x.closed && x.open > d.content.start && x.close <= d.content.end);
    if (!q || !CARRIER.test(text.slice(d.content.start, q.open))) continue;
    d.content = { start: q.open, end: q.close };
  }
}
