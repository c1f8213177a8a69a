// Key presses through the test runner, the same in every engine's driver. Puppeteer's WebDriver
// BiDi keyboard (Firefox) rejects the key name 'Space'; every driver takes ' ', which the page
// sees as key ' ' and code 'Space', as a real space bar gives.
import { sendKeys } from '@web/test-runner-commands';

/** Presses one key, by its KeyboardEvent.key name ('ArrowRight', 'Enter', 'Space' for the space bar, …). */
export function press(key: string): Promise<void> {
  return sendKeys({ press: key === 'Space' ? ' ' : key });
}
