import { builder } from '../builder.ts';

export interface TextSpanShape {
  start: number;
  end: number;
}

export const TextSpanRef = builder.objectRef<TextSpanShape>('TextSpan').implement({
  description: 'A range of characters in an article body: `body.slice(start, end)` (UTF-16 code units, end exclusive).',
  fields: (t) => ({
    start: t.exposeInt('start', { description: 'Offset of the first character.' }),
    end: t.exposeInt('end', { description: 'Offset just past the last character.' }),
  }),
});

export interface MentionShape extends TextSpanShape {
  text: string;
}

export const SpeakerMentionRef = builder.objectRef<MentionShape>('SpeakerMention').implement({
  description: 'How the article refers to the speaker where it attributes a statement ("he", "the minister", a name).',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The words as written.' }),
    start: t.exposeInt('start', { description: 'Offset of the first character in the article body.' }),
    end: t.exposeInt('end', { description: 'Offset just past the last character in the article body.' }),
  }),
});
