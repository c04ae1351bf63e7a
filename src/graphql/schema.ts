import { isObjectType, lexicographicSortSchema } from 'graphql';
import { builder } from './builder.ts';
import './types/affiliation.ts';
import './types/article.ts';
import './types/enums.ts';
import './types/ingest.ts';
import './types/organization.ts';
import './types/outlet.ts';
import './types/search.ts';
import './types/stats.ts';
import './types/speaker.ts';
import './types/statement.ts';
import './types/text-span.ts';

const built = builder.toSchema();

// plugin-prisma adds `totalCount` to connections without a description; every field gets one.
for (const type of Object.values(built.getTypeMap())) {
  if (!isObjectType(type) || !type.name.endsWith('Connection')) continue;
  const totalCount = type.getFields().totalCount;
  if (totalCount && !totalCount.description) {
    totalCount.description = 'How many items the whole list holds (counted only when asked for).';
  }
}

/** The gateway's GraphQL schema, types sorted so its printed SDL is stable. */
export const schema = lexicographicSortSchema(built);
