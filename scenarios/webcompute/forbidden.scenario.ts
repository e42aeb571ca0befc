import { scenario } from 'faultline';

export default scenario('webcompute/forbidden', {
  title: '403 permission denied without a code: the status decides, abort',
  sources: ['webcompute:http_status:403', 'webcompute:error_field:type'],
  schedule: [
    {
      fault: 'http.response',
      with: {
        status: 403,
        json: {
          type: 'permission_denied',
          message: 'This API key may not create browsers',
          requestId: 'req_403',
        },
      },
    },
  ],
  expect: { end: ['abort'], kinds: ['platform.forbidden'] },
});
