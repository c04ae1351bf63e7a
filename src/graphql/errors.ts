import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';

/**
 * The codes of expected errors. Every other error is masked as "Unexpected error." so internals
 * (SQL, stack traces) never reach a client.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  INVALID_CURSOR: 'INVALID_CURSOR',
  INVALID_ID: 'INVALID_ID',
  PAGE_SIZE_EXCEEDED: 'PAGE_SIZE_EXCEEDED',
  NOT_FOUND: 'NOT_FOUND',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An expected failure, shown to the client with its code and extra details. */
export function userError(code: ErrorCode, message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

function codeForValidation(message: string): ErrorCode {
  if (/cursor/i.test(message)) return ErrorCode.INVALID_CURSOR;
  if (/global ID|is not of type/i.test(message)) return ErrorCode.INVALID_ID;
  return ErrorCode.BAD_USER_INPUT;
}

/**
 * Yoga's `maskError`: keeps coded GraphQL errors, turns Pothos's argument validation errors
 * (bad cursors, malformed global IDs) into coded ones, and masks everything else.
 */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof PothosValidationError) {
    const path = error instanceof GraphQLError ? error.path : undefined;
    return new GraphQLError(original.message, {
      path,
      nodes: error instanceof GraphQLError ? error.nodes : undefined,
      extensions: { code: codeForValidation(original.message) },
    });
  }
  if (original instanceof GraphQLError && typeof original.extensions?.code === 'string') {
    if (original === error) return original;
    const outer = error as GraphQLError;
    return new GraphQLError(original.message, {
      path: outer.path,
      nodes: outer.nodes,
      extensions: original.extensions,
    });
  }
  if (error instanceof GraphQLError && error.originalError === undefined) {
    // Parse and validation errors: already about the client's document.
    return error;
  }
  const masked = new GraphQLError(message, {
    path: error instanceof GraphQLError ? error.path : undefined,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
  if (isDev) console.error(error);
  return masked;
}
