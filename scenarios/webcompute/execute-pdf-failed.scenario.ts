import { scenario } from '../../harness/scenario/index.ts';

export default scenario('webcompute/execute-pdf-failed', {
  title: 'PDF_FAILED once: retry once unchanged',
  provider: 'webcompute',
  sources: ['webcompute:browser_server:PDF_FAILED'],
  schedule: [{ fault: 'webcompute.execute', with: { code: 'PDF_FAILED', message: 'page.pdf: Printing failed' } }],
  expect: { end: ['accept'], kinds: ['browser.pdf_failed'] },
});
