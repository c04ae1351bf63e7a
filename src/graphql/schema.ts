import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.ts';
import './types/affiliation.ts';
import './types/article.ts';
import './types/enums.ts';
import './types/organization.ts';
import './types/outlet.ts';
import './types/speaker.ts';
import './types/statement.ts';
import './types/text-span.ts';

/** The gateway's GraphQL schema, types sorted so its printed SDL is stable. */
export const schema = lexicographicSortSchema(builder.toSchema());
