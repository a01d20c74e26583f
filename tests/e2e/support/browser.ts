import path from 'node:path'
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core'
import { afterAll, beforeAll, inject, onTestFailed } from 'vitest'

/**
 * One browser per test file; each test opens pages in its own context (optionally without
 * JavaScript). A failing test leaves a screenshot in test-results/.
 */
export const useBrowser = () => {
  let browser: Browser
  const contexts: BrowserContext[] = []
  beforeAll(async () => {
    // chromium.launch starts from a fresh, temporary profile (user-data dir) every time.
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
  })
  afterAll(async () => {
    await browser?.close()
  })
  const baseUrl = inject('baseUrl')
  return {
    baseUrl,
    openPage: async (options: { javaScript?: boolean } = {}): Promise<Page> => {
      const context = await browser.newContext({
        baseURL: baseUrl,
        javaScriptEnabled: options.javaScript ?? true,
        locale: 'de-DE',
        timezoneId: 'Europe/Berlin',
        viewport: { width: 1280, height: 900 },
      })
      contexts.push(context)
      const page = await context.newPage()
      onTestFailed(async ({ task }) => {
        const name = task.name.replace(/[^\wäöüß-]+/gi, '-').slice(0, 80)
        await page
          .screenshot({ path: path.join(inject('artifactsDir'), `${name}.png`), fullPage: true })
          .catch(() => {})
      })
      return page
    },
  }
}

/** Signs a member of staff in through the German admin's login form. */
export const logIn = async (page: Page, role: 'admin' | 'editor' | 'coordinator') => {
  const account = inject('accounts').find((a) => a.role === role)!
  await page.goto('/admin/login')
  await page.getByLabel('E-Mail').fill(account.email)
  await page.getByLabel('Passwort').fill(account.password)
  await page.getByRole('button', { name: 'Anmelden' }).click()
  await page.waitForURL(/\/admin$/, { timeout: 60_000 })
}

/** The hidden fields a form carries (server-action state, tokens), as a browser would post them. */
export const hiddenFieldsOf = (form: Locator) =>
  form.locator('input[type="hidden"]').evaluateAll((inputs) =>
    inputs.map((i) => ({
      name: (i as HTMLInputElement).name,
      value: (i as HTMLInputElement).value,
    })),
  )
