/**
 * `To Ruiz, Pell is the “kind and patient” mayor who saved the pier.`: a sentence opening with
 * "To <person>," gives that person's view; a short quotation in the clause after the comma is
 * the person's words, and the report is that whole clause.
 */
import { isSpaceAt, makeDraft, span } from './draft.ts';
import type { Draft } from './draft.ts';
import type { Quote, Sentence } from './segment.ts';

const VIEWPOINT = /^(?:But\s+|And\s+|Yet\s+)?To\s+((?:\p{Lu}[\p{L}’'.-]*)(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}|him|her|them),\s+(?=\p{Lu}|the\s|a\s|his\s|her\s|their\s|it\s|he\s|she\s|they\s)/u;

export function viewpointQuotation(text: string, sentence: Sentence, q: Quote, drafts: readonly Draft[]): Draft | null {
  const m = VIEWPOINT.exec(text.slice(sentence.start, q.open));
  if (!m?.[1]) return null;
  const start = sentence.start + m[0].length;
  // The quotation belongs to the main clause: no further clause punctuation before it.
  if (/[,;:—–“”"]/.test(text.slice(start, q.open))) return null;
  let end = sentence.end;
  while (end > start && /[\s.!?]/.test(text[end - 1] ?? '')) end--;
  if (end < q.close) end = q.close;
  if (drafts.some((d) => d.content.start < end && start < d.content.end)) return null;
  const nameAt = sentence.start + m[0].indexOf(m[1]);
  return makeDraft({ content: { start, end }, kind: 'DIRECT', cue: span(text, sentence.start + m[0].indexOf('To'), sentence.start + m[0].indexOf('To') + 2), cueLemma: 'to', mention: span(text, nameAt, nameAt + m[1].length), pattern: 'embedded-quote', sentence });
}

const ADMISSION = /(?:^|[\s,])(?:by|in)\s+((?:his|her|their|its)|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}[’']s)\s+(own\s+(?:admission|account|words|telling|description))\b,?/u;

/**
 * `The ferry contract, by his own admission, had been “rushed.”`: a short quotation in a
 * sentence that credits it "by her own admission" (or "account", "words") is said by that owner;
 * the report is the sentence.
 */
export function ownAdmissionQuotation(text: string, sentence: Sentence, q: Quote, drafts: readonly Draft[]): Draft | null {
  const m = ADMISSION.exec(text.slice(sentence.start, q.open));
  if (!m?.[1] || m.index === undefined) return null;
  let start = sentence.start;
  while (isSpaceAt(text, start)) start++;
  let end = sentence.end;
  while (end > start && /[\s.!?]/.test(text[end - 1] ?? '')) end--;
  if (end < q.close) end = q.close;
  if (drafts.some((d) => d.content.start < end && start < d.content.end)) return null;
  const ownerAt = sentence.start + m.index + m[0].indexOf(m[1]);
  const owner = m[1].replace(/[’']s$/, '');
  const cueAt = ownerAt + m[0].slice(m[0].indexOf(m[1])).indexOf(m[2] ?? 'own');
  return makeDraft({ content: { start, end }, kind: 'DIRECT', cue: span(text, cueAt, cueAt + (m[2]?.length ?? 3)), cueLemma: 'own admission', mention: span(text, ownerAt, ownerAt + owner.length), pattern: 'embedded-quote', sentence });
}
