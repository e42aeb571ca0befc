/** Markup that gives a captcha wall away. */
const CAPTCHA = /class="[^"]*\b(g-recaptcha|h-captcha|cf-turnstile)\b|data-sitekey=|id="recaptcha-anchor"|not a robot/i;
/** Markup that gives a login wall away. */
const LOGIN = /type="password"|autocomplete="current-password"|sign in to continue/i;

/**
 * Which wall, if any, a page's HTML puts in front of the agent.
 *
 * @example
 * detectWall('<div class="g-recaptcha" data-sitekey="x"></div>'); // 'captcha'
 */
export function detectWall(html: string): 'captcha' | 'login' | null {
  if (CAPTCHA.test(html)) return 'captcha';
  if (LOGIN.test(html)) return 'login';
  return null;
}
