/** Types of the generated standalone validators (see scripts/gen-validators.ts). */
import type { ValidateFunction } from 'ajv';

declare const validators: Record<string, ValidateFunction>;
export = validators;
