import { scenario } from 'faultline';

export default scenario('webcompute/execute-pdf-failed', {
  title: 'PDF_FAILED once: retry once unchanged',
  sources: ['webcompute:browser_server:PDF_FAILED'],
  schedule: [{ fault: 'webcompute.execute', with: { code: 'PDF_FAILED', message: 'page.pdf: Printing failed' } }],
  expect: { end: ['accept'], kinds: ['browser.pdf_failed'] },
});
