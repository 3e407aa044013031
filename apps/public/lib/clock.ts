/**
 * Whether `?now=` may move the agenda's clock: in development, and when PODIUM_TEST_CLOCK=1 (the end-to-end tests set
 * it). Never on a production installation, where "now and next" always follows the real clock.
 */
export function testClockAllowed(): boolean {
  return process.env.NODE_ENV !== 'production' || process.env.PODIUM_TEST_CLOCK === '1';
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The instant a page treats as now: the real clock, or, where testClockAllowed(), the `now` query parameter as an
 * instant with its offset ("2012-11-07T13:10+01:00", "2012-11-07T12:10Z"). Anything else is ignored.
 */
export function pageNow(param: string | string[] | undefined): Date {
  const value = (Array.isArray(param) ? param[0] : param)?.trim().replace(/ (\d{2}:\d{2})$/, '+$1');
  if (!value || !testClockAllowed() || !INSTANT.test(value)) return new Date();
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? new Date() : instant;
}
