import { expect, type Page } from '@playwright/test';

/** First-person steps through the step-by-step check, Zag style. */
export class TriageModel {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  async seeQuestion(text: string | RegExp) {
    await expect(this.heading()).toHaveText(text);
  }

  async choose(label: string | RegExp) {
    await this.page.getByRole('radio', { name: label }).check();
  }

  async continue() {
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }

  /** Chooses an answer, continues, and waits until the next step is on screen. */
  async answer(label: string | RegExp) {
    const before = await this.heading().textContent();
    await this.choose(label);
    await this.continue();
    if (before) await expect(this.heading()).not.toHaveText(before);
  }

  answersInUrl(): string[] {
    return (new URL(this.page.url()).searchParams.get('answers') ?? '').split(',').filter(Boolean);
  }
}
