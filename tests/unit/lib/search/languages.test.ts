import { describe, expect, it } from 'vitest';
import { fold, LANGUAGE_NAME, LANGUAGE_TERMS, translate } from '../../../../src/lib/search/languages';

const english = (text: string) => translate(text, (w) => ['in', 'chatgpt'].includes(w));

describe('translate', () => {
  it('covers the fourteen languages, each with the key ideas', () => {
    expect(Object.keys(LANGUAGE_TERMS).sort()).toEqual(['de', 'es', 'fr', 'hi', 'id', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'ru', 'tr', 'zh']);
    for (const [language, pairs] of Object.entries(LANGUAGE_TERMS)) {
      const targets = new Set(pairs.map(([, en]) => en));
      for (const idea of ['network error', 'too many requests', 'not found', 'unusual activity', 'try again later', 'message stream']) {
        expect(targets.has(idea), `${language}: ${idea}`).toBe(true);
      }
      expect(LANGUAGE_NAME[language as keyof typeof LANGUAGE_NAME]).toMatch(/^[A-Z][a-z]+$/);
    }
  });

  it('puts whole messages into the English the pages use', () => {
    expect(english('Etwas ist schiefgelaufen')).toEqual({ text: 'something went wrong', language: 'de', name: 'German' });
    expect(english('Zu viele Anfragen in 1 Stunde. Versuche es später noch einmal.')).toMatchObject({ text: 'too many requests in 1 hour try again later', language: 'de' });
    expect(english('Algo salió mal')).toMatchObject({ text: 'something went wrong', language: 'es' });
    expect(english('Erreur réseau')).toMatchObject({ text: 'network error', language: 'fr' });
    expect(english('Zbyt wiele żądań w ciągu 1 godziny')).toMatchObject({ text: 'too many requests in 1 hour', language: 'pl' });
    expect(english('Что-то пошло не так')).toMatchObject({ text: 'something went wrong', language: 'ru' });
    expect(english('Ağ hatası')).toMatchObject({ text: 'network error', language: 'tr' });
  });

  it('matches scripts without spaces as substrings', () => {
    expect(english('問題が発生しました')).toMatchObject({ text: 'something went wrong', language: 'ja' });
    expect(english('ChatGPTで問題が発生しました。')).toMatchObject({ text: 'chatgpt something went wrong', language: 'ja' });
    expect(english('网络错误，请稍后再试')).toMatchObject({ text: 'network error try again later', language: 'zh' });
    expect(english('문제가 발생했습니다')).toMatchObject({ text: 'something went wrong', language: 'ko' });
    expect(english('कुछ गलत हो गया')).toMatchObject({ text: 'something went wrong', language: 'hi' });
  });

  it('prefers the longest wording and ignores accents', () => {
    expect(english('Terjadi kesalahan jaringan').text).toBe('network error');
    expect(english('Algo salio mal').text).toBe('something went wrong');
    expect(fold('Qualcosa È andato storto')).toBe('qualcosa e andato storto');
  });

  it('matches Latin and Cyrillic wordings only as whole words', () => {
    // "rete" inside "interest", "hora" inside "horizon": not Italian, not Spanish.
    expect(english('interest horizon')).toEqual({ text: 'interest horizon' });
  });

  it('leaves English alone', () => {
    for (const text of ['Too many requests in 1 hour', 'Network error', 'error in message stream', 'Conversation not found']) {
      expect(translate(text)).toEqual({ text });
    }
  });
});
