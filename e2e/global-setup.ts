// Runs once before the end-to-end tests: a capture SMTP server on E2E_SMTP_PORT (default 2526) that writes every mail
// the apps send into test-results/mail/ (emptied first). The returned function stops it after the run.
import { rmSync } from 'node:fs';
import { E2E_SMTP_PORT, MAIL_CAPTURE_DIR, startSmtpCapture } from './fixtures/smtp-capture.ts';

export default async function globalSetup(): Promise<() => Promise<void>> {
  rmSync(MAIL_CAPTURE_DIR, { recursive: true, force: true });
  const capture = await startSmtpCapture({ port: E2E_SMTP_PORT, dir: MAIL_CAPTURE_DIR });
  return () => capture.close();
}
