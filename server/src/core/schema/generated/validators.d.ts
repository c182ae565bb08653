/** Types of the generated standalone validators (see scripts/gen-validators.ts). */
import type { ValidateFunction } from 'ajv';

/** The validators by export name, their schema constants taken from `schemas` (ALL_SCHEMAS, in order). */
export declare function create(schemas: readonly object[]): Record<string, ValidateFunction>;
export declare const fingerprint: string;
