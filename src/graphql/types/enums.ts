import { OrganizationKind, SpeakerKind, StatementKind } from '../../generated/prisma/enums.ts';
import { builder } from '../builder.ts';

export const StatementKindEnum = builder.enumType(StatementKind, {
  name: 'StatementKind',
  description: 'How a statement is reported.',
  values: {
    DIRECT: { description: 'A direct quote: the speaker\'s own words, in quotation marks or as a transcript turn ("NAME: …").' },
    INDIRECT: { description: 'Reported speech: what the speaker said, in the writer\'s words.' },
  },
});

export const SpeakerKindEnum = builder.enumType(SpeakerKind, {
  name: 'SpeakerKind',
  description: 'What kind of source a speaker is.',
  values: {
    PERSON: { description: 'A named person.' },
    ORGANIZATION: { description: 'A body speaking as a whole: a ministry, a party, a court, a company.' },
    UNKNOWN: { description: 'Not known, e.g. an unnamed source.' },
  },
});

export const OrganizationKindEnum = builder.enumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What kind of organisation this is.',
  values: {
    PARTY: { description: 'A political party.' },
    COALITION: { description: 'An alliance of parties or groups.' },
    COMMITTEE: { description: 'A parliamentary or governmental committee.' },
    PARLIAMENT: { description: 'A legislature or one of its chambers.' },
    GOVERNMENT: { description: 'A national or regional government, its cabinet or head.' },
    MINISTRY: { description: 'A government ministry or department.' },
    COURT: { description: 'A court of law.' },
    JUDICIARY: { description: 'A judicial system or council as a whole.' },
    MILITARY: { description: 'Armed forces or one of their commands.' },
    ARMED_GROUP: { description: 'A non-state armed group or militia.' },
    AGENCY: { description: 'A public agency or authority.' },
    MEDIA: { description: 'A news organisation.' },
    COMPANY: { description: 'A business.' },
    NGO: { description: 'A non-governmental organisation.' },
    INTERNATIONAL: { description: 'An international organisation.' },
    OTHER: { description: 'Any other kind.' },
  },
});
