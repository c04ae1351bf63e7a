import { describe, expect, it } from 'vitest';
import { copyDraft, isLetterOrDigitAt, isSpaceAt, makeDraft, objectArray, wordCount } from '../../src/domain/extraction/draft.ts';
import type { Draft, DraftFields } from '../../src/domain/extraction/draft.ts';

/**
 * The char-code tests replace `/\s/.test(c)` and `/[\p{L}\p{N}]/u.test(c)` on the extractor's
 * hot path; they must answer exactly as those regular expressions do.
 */
describe('character tests', () => {
  it('isSpaceAt agrees with /\\s/ on every character of the Basic Multilingual Plane', () => {
    const disagree: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceAt(String.fromCharCode(c), 0) !== /\s/.test(String.fromCharCode(c))) disagree.push(c);
    expect(disagree).toEqual([]);
  });

  it('isLetterOrDigitAt agrees with /[\\p{L}\\p{N}]/u, surrogate pairs included', () => {
    const disagree: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (isLetterOrDigitAt(ch, 0) !== /[\p{L}\p{N}]/u.test(ch)) disagree.push(ch);
    }
    expect(disagree).toEqual([]);
    // "𝐀" (a mathematical letter) is one letter in two code units; "😀" is no letter.
    expect([isLetterOrDigitAt('𝐀', 0), isLetterOrDigitAt('𝐀', 1), isLetterOrDigitAt('😀', 0)]).toEqual([true, true, false]);
    expect([isSpaceAt('a', 5), isLetterOrDigitAt('a', -1)]).toEqual([false, false]);
  });
});

describe('wordCount', () => {
  it('counts letter and digit runs as /[\\p{L}\\p{N}]+/gu does', () => {
    const texts = ['', 'Ana Ruiz said', '  12 345 ', 'don’t stop—now', 'é à ü, 𝐀𝐁 and 𠀀𠀁 x', 'x😀y', '“A,” she said.'];
    for (const text of texts) {
      for (let start = 0; start <= text.length; start++) {
        for (let end = start; end <= text.length; end++) {
          // Spans never cut a surrogate pair in two.
          if (/[\udc00-\udfff]/.test(text[start] ?? '') || /[\udc00-\udfff]/.test(text[end] ?? '')) continue;
          expect(wordCount(text, { start, end }), `${JSON.stringify(text)} [${start}, ${end})`).toBe((text.slice(start, end).match(/[\p{L}\p{N}]+/gu) ?? []).length);
        }
      }
    }
  });
});

/** The fields of "Ana Ruiz said the pier would close.", `bareObject` and `inheritsFrom` left out. */
function firstFields(): DraftFields {
  const sentence = { start: 0, end: 36, paragraph: 0, index: 0 };
  return { content: { start: 14, end: 35 }, kind: 'INDIRECT', cue: { start: 9, end: 13, text: 'said' }, cueLemma: 'say', mention: { start: 0, end: 8, text: 'Ana Ruiz' }, pattern: 'clause', sentence };
}

/** "Ana Ruiz said the pier would close. “It is over,” she added." as two drafts, the second inheriting its speaker. */
function twoDrafts(): Draft[] {
  const first = makeDraft(firstFields());
  const second = makeDraft({ content: { start: 37, end: 50 }, kind: 'DIRECT', cue: null, cueLemma: null, mention: null, pattern: 'follow-on', sentence: first.sentence, inheritsFrom: first });
  return [first, second];
}

describe('drafts of one shape', () => {
  it('makeDraft sets every field, in one order, whatever the caller left out', () => {
    const [first, second] = twoDrafts() as [Draft, Draft];
    const fields = firstFields();
    const order = ['content', 'kind', 'cue', 'cueLemma', 'mention', 'pattern', 'sentence', 'bareObject', 'inheritsFrom'];
    expect(Object.keys(makeDraft(fields))).toEqual(order);
    expect(Object.keys(makeDraft({ inheritsFrom: first, bareObject: true, ...fields }))).toEqual(order);
    expect([makeDraft(fields).bareObject, makeDraft(fields).inheritsFrom, second.inheritsFrom]).toEqual([false, undefined, first]);
    expect(Object.keys(copyDraft(second, { kind: 'INDIRECT' }))).toEqual(order);
    expect(copyDraft(first, { kind: 'DIRECT' })).toMatchObject({ kind: 'DIRECT', content: first.content, mention: first.mention });
  });

  it('objectArray copies the items into a new array', () => {
    const items = twoDrafts();
    const copy = objectArray(items);
    expect(copy).not.toBe(items);
    expect(copy).toEqual(items);
    expect(objectArray([])).toEqual([]);
  });
});
