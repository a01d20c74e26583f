import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * axe at WCAG 2.1/2.2 AA on one of our own admin views (the region we render, not Payload's
 * frame around it, which is Payload's to fix).
 */
export const auditRegion = async (page: Page, selector: string) => {
  const { violations } = await new AxeBuilder({ page: page as never })
    .include(selector)
    .withTags(wcagTags)
    .analyze()
  expect(
    violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([])
}

/** axe at WCAG 2.1/2.2 AA plus what axe cannot judge alone: language, one h1, skip link, labels. */
export const audit = async (page: Page, { freshLoad = true } = {}) => {
  const { violations } = await new AxeBuilder({ page: page as never }).withTags(wcagTags).analyze()
  expect(
    violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([])
  expect(await page.getAttribute('html', 'lang')).toBe('de')
  expect(await page.locator('h1').count()).toBe(1)
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input, select, textarea')]
      .filter((el) => el.type !== 'hidden' && !el.closest('[aria-hidden="true"]'))
      .filter((el) => !el.labels?.length && !el.getAttribute('aria-label'))
      .map((el) => el.name || el.id),
  )
  expect(unlabelled).toEqual([])
  // Freshly loaded, the first Tab lands on the skip link; later it must still come first.
  if (freshLoad) await page.keyboard.press('Tab')
  const skip = await page.evaluate((fresh) => {
    const el = (
      fresh
        ? document.activeElement
        : document.querySelector('a[href], button, input, select, textarea')
    ) as HTMLAnchorElement | null
    return { text: el?.textContent?.trim(), target: el?.getAttribute('href') }
  }, freshLoad)
  expect(skip.text).toBe('Zum Inhalt springen')
  expect(await page.locator(skip.target!).count()).toBe(1)
}
