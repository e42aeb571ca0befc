import { scenario } from 'faultline';

export default scenario('webcompute/execute-pdf-failed-with-artifacts', {
  title:
    'PDF_FAILED twice in a full execute result (logs, status, observation, artifacts): only error.code decides; one retry, then stop',
  sources: [
    'webcompute:browser_server:PDF_FAILED',
    'webcompute:execute:logs',
    'webcompute:execute:status',
    'webcompute:execute:observation',
    'webcompute:execute:artifacts',
  ],
  schedule: [
    {
      fault: 'http.response',
      with: {
        status: 200,
        json: {
          success: false,
          error: { code: 'PDF_FAILED', name: 'Error', message: 'page.pdf: Printing failed' },
          logs: [{ level: 'error', text: 'print failed' }],
          status: { browser: 'ready', url: 'http://localhost/data' },
          observation: { title: 'Framework 13', text: 'Price: 1049' },
          artifacts: [{ type: 'screenshot', url: 'https://files.webcompute.dev/a/1.png' }],
        },
      },
      times: 2,
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['browser.pdf_failed'] },
});
