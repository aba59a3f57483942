/**
 * The one error type the core throws for unusable input (too few points, unequal lengths,
 * non-finite values, zero variance). Its message is a short sentence fit to show a student;
 * anything else thrown from the core is a bug, not bad data.
 */
export class DataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataError';
  }
}
