// The reporting-verb lexicon: inflections, frames and the forms deliberately left out.
import { describe, expect, it } from 'vitest';
import { isGroupNoun, isPersonRole, isRoleNoun, PHRASAL_CUES, REPORTING_VERBS } from '../../src/domain/extraction/lexicon.ts';

describe('reporting verb lexicon', () => {
  const cases: [string, string, string, string][] = [
    // form, lemma, frame, inflection
    ['said', 'say', 'speech', 'ed'],
    ['says', 'say', 'speech', 's'],
    ['saying', 'say', 'speech', 'ing'],
    ['told', 'tell', 'tell', 'ed'],
    ['telling', 'tell', 'tell', 'ing'],
    ['acknowledged', 'acknowledge', 'speech', 'ed'],
    ['denied', 'deny', 'speech', 'ed'],
    ['denies', 'deny', 'speech', 's'],
    ['admitted', 'admit', 'speech', 'ed'],
    ['admitting', 'admit', 'speech', 'ing'],
    ['quipped', 'quip', 'speech', 'ed'],
    ['warned', 'warn', 'tell', 'ed'],
    ['wrote', 'write', 'speech', 'ed'],
    ['written', 'write', 'speech', 'ed'],
    ['remarked', 'remark', 'speech', 'ed'],
    ['criticized', 'criticize', 'object', 'ed'],
    ['slammed', 'slam', 'object', 'ed'],
    ['highlighted', 'highlight', 'object', 'ed'],
    ['confirmed', 'confirm', 'speech', 'ed'],
    ['tweeted', 'tweet', 'speech', 'ed'],
    ['believes', 'believe', 'speech', 's'],
  ];
  it.each(cases)('%s → %s (%s, %s)', (form, lemma, frame, inflection) => {
    const entry = REPORTING_VERBS.get(form);
    expect(entry && { lemma: entry.lemma, frame: entry.frame, form: entry.form }).toEqual({ lemma, frame, form: inflection });
  });

  it('has hundreds of forms', () => {
    expect(REPORTING_VERBS.size).toBeGreaterThan(600);
  });

  it('leaves out bare base forms that are mostly nouns', () => {
    for (const form of ['tweet', 'report', 'comment', 'statement']) expect(REPORTING_VERBS.has(form)).toBe(false);
    // "regarding" is a preposition, not a form of "regard".
    expect(REPORTING_VERBS.has('regarding')).toBe(false);
    for (const form of ['say', 'think', 'believe']) expect(REPORTING_VERBS.has(form)).toBe(true);
  });

  it('knows phrasal cues', () => {
    const lemmas = new Set(PHRASAL_CUES.map((p) => p.lemma));
    for (const lemma of ['point out', 'make clear', 'go on to say', 'call for']) expect(lemmas.has(lemma)).toBe(true);
  });
});

describe('role and group nouns', () => {
  it.each([
    ['chairwoman', true],
    ['CEO', true],
    ['MP', true],
    ['leaders', false],
    ['Chairwoman', false],
    ['ON', false],
    ['harbour', false],
  ])('isPersonRole(%s) is %s', (word, expected) => {
    expect(isPersonRole(word)).toBe(expected);
  });

  it.each([
    ['officials', true],
    ['Residents', true],
    ['OFFICIALS', false],
    ['official', false],
    ['ferries', false],
  ])('isGroupNoun(%s) is %s', (word, expected) => {
    expect(isGroupNoun(word)).toBe(expected);
  });

  it.each([
    ['chairwoman', true],
    ['CEO', true],
    ['fellow', true],
    ['treasurer', true],
    ['rally', false],
    ['imprint', false],
    ['fellows', false],
  ])('isRoleNoun(%s) is %s', (word, expected) => {
    expect(isRoleNoun(word)).toBe(expected);
  });
});
