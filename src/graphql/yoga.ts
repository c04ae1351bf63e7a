import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { currentDatabase } from '../persistence/client.ts';
import { createContext, type GraphQLContext } from './context.ts';
import { maskError } from './errors.ts';
import { statementExport } from './export/export-plugin.ts';
import { schema } from './schema.ts';

/** The query GraphiQL opens with: the seed article, its statements, who said them and their roles. */
export const GRAPHIQL_DEFAULT_QUERY = `# Who said what in the latest articles, and in what role at the time.
query LatestStatements {
  articles(first: 3) {
    edges {
      node {
        title
        outlet { name }
        publishedAt
        statements(first: 10) {
          totalCount
          edges {
            node {
              kind
              cue
              text
              speakerMention { text }
              speaker { name statementCount }
              speakerAffiliations { role organization { name kind } }
            }
          }
        }
      }
    }
  }
}
`;

/** GET /health: 200 when the database answers, 503 otherwise. */
function healthCheck(): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' || url.pathname !== '/health') return;
      try {
        await currentDatabase().sql.query('SELECT 1');
        endResponse(Response.json({ status: 'ok', database: currentDatabase().mode }));
      } catch {
        endResponse(new fetchAPI.Response(JSON.stringify({ status: 'unavailable' }), { status: 503 }));
      }
    },
  };
}

/**
 * The gateway's Yoga instance, apart from any listener: tests call `yoga.fetch()` in-process,
 * src/server.ts serves it over HTTP.
 */
export function createGateway(): YogaServerInstance<Record<string, unknown>, GraphQLContext> {
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    context: () => createContext(),
    graphqlEndpoint: '/graphql',
    // Yoga's own liveness probe; GET /health (below) also checks the database.
    healthCheckEndpoint: '/livez',
    maskedErrors: { maskError },
    graphiql: { title: 'News gateway', defaultQuery: GRAPHIQL_DEFAULT_QUERY },
    plugins: [healthCheck(), statementExport()],
    landingPage: false,
  });
}
