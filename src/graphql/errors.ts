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
  CONFLICT: 'CONFLICT',
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
 * Yoga's `maskError`: keeps coded GraphQL errors, gives Pothos's argument validation errors
 * (bad cursors, malformed global IDs, bad page sizes) a code, and masks everything else.
 * Expected errors are returned as the same object, which also keeps Yoga from logging them as
 * server faults.
 */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  if (error instanceof GraphQLError) {
    const original = error.originalError;
    // Parse and validation errors are about the client's document: shown as they are.
    if (original === undefined || original === null) return error;
    if (original instanceof PothosValidationError) {
      (error as { extensions: GraphQLError['extensions'] }).extensions = {
        ...error.extensions,
        code: codeForValidation(original.message),
      };
      return error;
    }
    if (original instanceof GraphQLError) {
      // graphql-js's own errors about the request (a variable that does not coerce, such as an
      // unknown enum value) carry no code: they are the client's, so they are shown as such.
      if (typeof error.extensions.code !== 'string') {
        (error as { extensions: GraphQLError['extensions'] }).extensions = { ...error.extensions, code: ErrorCode.BAD_USER_INPUT };
      }
      return error;
    }
  }
  if (isDev) console.error(error);
  return new GraphQLError(message, {
    path: error instanceof GraphQLError ? error.path : undefined,
    nodes: error instanceof GraphQLError ? error.nodes : undefined,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}
