/**
 * The error every op throws for a request it refuses. The message is a sentence for the person
 * who made the request; the design they passed in is left as it was.
 */
export class OpError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OpError';
  }
}
