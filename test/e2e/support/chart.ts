import { expect, type Page } from '@playwright/test';

/**
 * Points at the net-worth chart `fraction` of the way across, and waits until the readout, which shows
 * the latest point while nothing is pointed at, reads out another one. The chart is drawn anew when its
 * data or size changes (a range switch, a poll), which can replace the element between finding it and
 * pointing at it: the pointer then lands on nothing, and the step is tried again on the chart now shown.
 */
export async function hoverChart(page: Page, fraction: number): Promise<void> {
  const over = page.locator('.uplot .u-over');
  const time = page.getByTestId('chart-readout').locator('time');
  await expect(time).toBeVisible();
  const latest = (await time.getAttribute('datetime')) ?? '';
  await expect(async () => {
    const box = await over.boundingBox();
    if (!box) throw new Error('the chart is not drawn yet');
    await page.mouse.move(box.x + box.width * fraction, box.y + box.height / 2);
    await expect(time).not.toHaveAttribute('datetime', latest, { timeout: 2_000 });
  }).toPass();
}
