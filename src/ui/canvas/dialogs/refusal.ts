import { OpError } from '../../../model/ops';

/**
 * Runs an edit; undefined when it was applied, or the model's sentence when the model refused
 * it. Anything else is a real fault and is thrown on.
 */
export function refusalOf(edit: () => void): string | undefined {
  try {
    edit();
    return undefined;
  } catch (error) {
    if (error instanceof OpError) return error.message;
    throw error;
  }
}
