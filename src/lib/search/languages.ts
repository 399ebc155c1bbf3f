/**
 * Other languages. ChatGPT's interface is translated, so people paste
 * "Etwas ist schiefgelaufen" or "問題が発生しました". Every page here is in
 * English, and no source shows ChatGPT's translated wordings, so they stay in
 * this search-only table and never appear on a page as a message.
 *
 * The table maps common words and phrases for the key ideas (error, network,
 * too many requests, hour, conversation, not found, unusual activity, something
 * went wrong, message stream, try again later, access denied) to the English
 * words the pages use. `translate` swaps each one it finds for its English,
 * longest first; scripts written without spaces (Japanese, Chinese, and Korean
 * words with their particles attached) match as substrings, the others as whole
 * words. Accents do not matter: "Algo salio mal" is "Algo salió mal".
 *
 * Pure: no DOM, no astro:*.
 */

export type LanguageCode = 'de' | 'es' | 'fr' | 'pt' | 'it' | 'nl' | 'pl' | 'tr' | 'ru' | 'ja' | 'ko' | 'zh' | 'hi' | 'id';

/** The language's name in plain English, for "Your text looks German". */
export const LANGUAGE_NAME: Record<LanguageCode, string> = {
  de: 'German', es: 'Spanish', fr: 'French', pt: 'Portuguese', it: 'Italian', nl: 'Dutch', pl: 'Polish',
  tr: 'Turkish', ru: 'Russian', ja: 'Japanese', ko: 'Korean', zh: 'Chinese', hi: 'Hindi', id: 'Indonesian',
};

// English targets, spelled once.
const WENT_WRONG = 'something went wrong';
const OCCURRED = 'an error occurred';
const NET_ERROR = 'network error';
const TOO_MANY = 'too many requests';
const HOUR = 'hour';
const IN_1_HOUR = 'in 1 hour';
const CONV = 'conversation';
const CONV_NOT_FOUND = 'conversation not found';
const NOT_FOUND = 'not found';
const UNUSUAL = 'unusual activity';
const STREAM = 'message stream';
const TRY_LATER = 'try again later';
const DENIED = 'access denied';
const ERROR = 'error';
const NETWORK = 'network';

/**
 * Language → [foreign wording, English]. Lower case; accents as written (they
 * are folded away when matching). Only words whose meaning is not in doubt.
 */
export const LANGUAGE_TERMS: Record<LanguageCode, ReadonlyArray<readonly [string, string]>> = {
  de: [
    ['etwas ist schiefgelaufen', WENT_WRONG], ['etwas ist schief gelaufen', WENT_WRONG], ['ein fehler ist aufgetreten', OCCURRED],
    ['netzwerkfehler', NET_ERROR], ['netzwerk', NETWORK], ['fehler', ERROR],
    ['zu viele anfragen', TOO_MANY], ['in 1 stunde', IN_1_HOUR], ['innerhalb einer stunde', IN_1_HOUR], ['stunde', HOUR],
    ['unterhaltung nicht gefunden', CONV_NOT_FOUND], ['konversation nicht gefunden', CONV_NOT_FOUND], ['unterhaltung', CONV], ['nicht gefunden', NOT_FOUND],
    ['ungewöhnliche aktivität', UNUSUAL], ['fehler im nachrichtenstream', 'error in message stream'], ['nachrichtenstream', STREAM],
    ['versuche es später noch einmal', TRY_LATER], ['versuchen sie es später erneut', TRY_LATER], ['versuche es später erneut', TRY_LATER], ['später erneut versuchen', TRY_LATER],
    ['zugriff verweigert', DENIED], ['gerät', 'device'], ['festgestellt', 'detected'], ['erkannt', 'detected'],
  ],
  es: [
    ['algo salió mal', WENT_WRONG], ['se produjo un error', OCCURRED], ['ha ocurrido un error', OCCURRED], ['ocurrió un error', OCCURRED],
    ['error de red', NET_ERROR], ['demasiadas solicitudes', TOO_MANY], ['demasiadas peticiones', TOO_MANY],
    ['en 1 hora', IN_1_HOUR], ['en una hora', IN_1_HOUR], ['hora', HOUR],
    ['conversación no encontrada', CONV_NOT_FOUND], ['no se encontró la conversación', CONV_NOT_FOUND], ['conversación', CONV], ['no encontrada', NOT_FOUND], ['no encontrado', NOT_FOUND],
    ['actividad inusual', UNUSUAL], ['actividad sospechosa', UNUSUAL], ['flujo de mensajes', STREAM],
    ['inténtalo de nuevo más tarde', TRY_LATER], ['inténtelo de nuevo más tarde', TRY_LATER], ['vuelve a intentarlo más tarde', TRY_LATER], ['más tarde', 'later'],
    ['acceso denegado', DENIED], ['dispositivo', 'device'],
  ],
  fr: [
    ['un problème est survenu', WENT_WRONG], ["quelque chose s'est mal passé", WENT_WRONG], ["une erreur s'est produite", OCCURRED], ['une erreur est survenue', OCCURRED],
    ['erreur réseau', NET_ERROR], ['erreur de réseau', NET_ERROR], ['réseau', NETWORK], ['erreur', ERROR],
    ['trop de requêtes', TOO_MANY], ['trop de demandes', TOO_MANY], ['en 1 heure', IN_1_HOUR], ['en une heure', IN_1_HOUR], ['heure', HOUR],
    ['conversation introuvable', CONV_NOT_FOUND], ['introuvable', NOT_FOUND],
    ['activité inhabituelle', UNUSUAL], ['activité suspecte', UNUSUAL], ['flux de messages', STREAM],
    ['réessayez plus tard', TRY_LATER], ['veuillez réessayer plus tard', TRY_LATER], ['accès refusé', DENIED], ['appareil', 'device'],
  ],
  pt: [
    ['algo deu errado', WENT_WRONG], ['ocorreu um erro', OCCURRED], ['erro de rede', NET_ERROR], ['rede', NETWORK], ['erro', ERROR],
    ['solicitações demais', TOO_MANY], ['muitas solicitações', TOO_MANY], ['pedidos a mais', TOO_MANY], ['em 1 hora', IN_1_HOUR],
    ['conversa não encontrada', CONV_NOT_FOUND], ['conversa', CONV], ['não encontrada', NOT_FOUND], ['não encontrado', NOT_FOUND],
    ['atividade incomum', UNUSUAL], ['atividade suspeita', UNUSUAL], ['fluxo de mensagens', STREAM],
    ['tente novamente mais tarde', TRY_LATER], ['acesso negado', DENIED],
  ],
  it: [
    ['qualcosa è andato storto', WENT_WRONG], ['si è verificato un errore', OCCURRED], ['errore di rete', NET_ERROR], ['rete', NETWORK], ['errore', ERROR],
    ['troppe richieste', TOO_MANY], ['in 1 ora', IN_1_HOUR], ["in un'ora", IN_1_HOUR],
    ['conversazione non trovata', CONV_NOT_FOUND], ['conversazione', CONV], ['non trovata', NOT_FOUND], ['non trovato', NOT_FOUND],
    ['attività insolita', UNUSUAL], ['attività sospetta', UNUSUAL], ['flusso di messaggi', STREAM],
    ['riprova più tardi', TRY_LATER], ['accesso negato', DENIED], ['dispositivo', 'device'],
  ],
  nl: [
    ['er is iets misgegaan', WENT_WRONG], ['er ging iets mis', WENT_WRONG], ['er is een fout opgetreden', OCCURRED],
    ['netwerkfout', NET_ERROR], ['netwerk', NETWORK], ['fout', ERROR],
    ['te veel verzoeken', TOO_MANY], ['te veel aanvragen', TOO_MANY], ['binnen 1 uur', IN_1_HOUR], ['in 1 uur', IN_1_HOUR], ['uur', HOUR],
    ['gesprek niet gevonden', CONV_NOT_FOUND], ['gesprek', CONV], ['niet gevonden', NOT_FOUND],
    ['ongebruikelijke activiteit', UNUSUAL], ['verdachte activiteit', UNUSUAL], ['berichtenstroom', STREAM],
    ['probeer het later opnieuw', TRY_LATER], ['toegang geweigerd', DENIED], ['apparaat', 'device'],
  ],
  pl: [
    ['coś poszło nie tak', WENT_WRONG], ['wystąpił błąd', OCCURRED], ['błąd sieci', NET_ERROR], ['błąd sieciowy', NET_ERROR], ['błąd', ERROR], ['sieci', NETWORK],
    ['zbyt wiele żądań', TOO_MANY], ['zbyt wiele zapytań', TOO_MANY], ['za dużo żądań', TOO_MANY], ['zbyt wiele próśb', TOO_MANY],
    ['w ciągu 1 godziny', IN_1_HOUR], ['w ciągu godziny', IN_1_HOUR], ['godziny', HOUR], ['godzinę', HOUR], ['godzina', HOUR],
    ['nie znaleziono rozmowy', CONV_NOT_FOUND], ['nie znaleziono konwersacji', CONV_NOT_FOUND], ['rozmowa', CONV], ['rozmowy', CONV], ['nie znaleziono', NOT_FOUND],
    ['nietypowa aktywność', UNUSUAL], ['nietypową aktywność', UNUSUAL], ['podejrzana aktywność', UNUSUAL], ['strumieniu wiadomości', STREAM], ['strumień wiadomości', STREAM],
    ['spróbuj ponownie później', TRY_LATER], ['odmowa dostępu', DENIED], ['dostęp zabroniony', DENIED],
  ],
  tr: [
    ['bir şeyler ters gitti', WENT_WRONG], ['bir sorun oluştu', WENT_WRONG], ['bir hata oluştu', OCCURRED], ['ağ hatası', NET_ERROR], ['hata', ERROR],
    ['çok fazla istek', TOO_MANY], ['1 saat içinde', IN_1_HOUR], ['saat', HOUR],
    ['sohbet bulunamadı', CONV_NOT_FOUND], ['konuşma bulunamadı', CONV_NOT_FOUND], ['sohbet', CONV], ['bulunamadı', NOT_FOUND],
    ['olağan dışı etkinlik', UNUSUAL], ['olağandışı etkinlik', UNUSUAL], ['alışılmadık etkinlik', UNUSUAL], ['şüpheli etkinlik', UNUSUAL], ['mesaj akışı', STREAM],
    ['daha sonra tekrar deneyin', TRY_LATER], ['erişim reddedildi', DENIED],
  ],
  ru: [
    ['что-то пошло не так', WENT_WRONG], ['произошла ошибка', OCCURRED], ['ошибка сети', NET_ERROR], ['сетевая ошибка', NET_ERROR], ['ошибка', ERROR], ['сети', NETWORK],
    ['слишком много запросов', TOO_MANY], ['за 1 час', IN_1_HOUR], ['в течение часа', IN_1_HOUR], ['час', HOUR],
    ['разговор не найден', CONV_NOT_FOUND], ['беседа не найдена', CONV_NOT_FOUND], ['чат не найден', CONV_NOT_FOUND], ['не найден', NOT_FOUND], ['не найдена', NOT_FOUND],
    ['необычная активность', UNUSUAL], ['подозрительная активность', UNUSUAL], ['потоке сообщений', STREAM], ['поток сообщений', STREAM],
    ['повторите попытку позже', TRY_LATER], ['попробуйте позже', TRY_LATER], ['доступ запрещен', DENIED], ['доступ запрещён', DENIED],
  ],
  ja: [
    ['何か問題が発生しました', WENT_WRONG], ['問題が発生しました', WENT_WRONG], ['エラーが発生しました', OCCURRED], ['ネットワークエラー', NET_ERROR], ['ネットワーク', NETWORK], ['エラー', ERROR],
    ['リクエストが多すぎます', TOO_MANY], ['リクエスト数が多すぎます', TOO_MANY], ['1時間', IN_1_HOUR], ['時間', HOUR],
    ['会話が見つかりません', CONV_NOT_FOUND], ['見つかりません', NOT_FOUND], ['会話', CONV],
    ['異常なアクティビティ', UNUSUAL], ['不審なアクティビティ', UNUSUAL], ['メッセージストリーム', STREAM],
    ['後でもう一度お試しください', TRY_LATER], ['しばらくしてからもう一度お試しください', TRY_LATER], ['アクセスが拒否されました', DENIED],
  ],
  ko: [
    ['문제가 발생했습니다', WENT_WRONG], ['뭔가 잘못되었습니다', WENT_WRONG], ['오류가 발생했습니다', OCCURRED], ['네트워크 오류', NET_ERROR], ['네트워크', NETWORK], ['오류', ERROR],
    ['요청이 너무 많습니다', TOO_MANY], ['너무 많은 요청', TOO_MANY], ['1시간', IN_1_HOUR], ['시간', HOUR],
    ['대화를 찾을 수 없습니다', CONV_NOT_FOUND], ['찾을 수 없습니다', NOT_FOUND], ['대화', CONV],
    ['비정상적인 활동', UNUSUAL], ['의심스러운 활동', UNUSUAL], ['메시지 스트림', STREAM],
    ['나중에 다시 시도하세요', TRY_LATER], ['나중에 다시 시도해 주세요', TRY_LATER], ['액세스 거부', DENIED], ['접근 거부', DENIED],
  ],
  zh: [
    ['出了点问题', WENT_WRONG], ['出了點問題', WENT_WRONG], ['出错了', WENT_WRONG], ['出錯了', WENT_WRONG], ['发生错误', OCCURRED], ['發生錯誤', OCCURRED], ['出现错误', OCCURRED],
    ['网络错误', NET_ERROR], ['網路錯誤', NET_ERROR], ['網絡錯誤', NET_ERROR], ['网络', NETWORK], ['網路', NETWORK], ['错误', ERROR], ['錯誤', ERROR],
    ['请求过多', TOO_MANY], ['請求過多', TOO_MANY], ['请求太多', TOO_MANY], ['1小时内', IN_1_HOUR], ['1小時內', IN_1_HOUR], ['小时', HOUR], ['小時', HOUR],
    ['找不到对话', CONV_NOT_FOUND], ['未找到对话', CONV_NOT_FOUND], ['找不到對話', CONV_NOT_FOUND], ['找不到', NOT_FOUND], ['未找到', NOT_FOUND], ['对话', CONV], ['對話', CONV],
    ['异常活动', UNUSUAL], ['異常活動', UNUSUAL], ['消息流', STREAM], ['訊息串流', STREAM],
    ['请稍后再试', TRY_LATER], ['請稍後再試', TRY_LATER], ['拒绝访问', DENIED], ['访问被拒绝', DENIED],
  ],
  hi: [
    ['कुछ गलत हो गया', WENT_WRONG], ['कुछ गड़बड़ हो गई', WENT_WRONG], ['एक त्रुटि हुई', OCCURRED], ['नेटवर्क त्रुटि', NET_ERROR], ['नेटवर्क', NETWORK], ['त्रुटि', ERROR],
    ['बहुत सारे अनुरोध', TOO_MANY], ['बहुत अधिक अनुरोध', TOO_MANY], ['1 घंटे में', IN_1_HOUR], ['घंटे', HOUR], ['घंटा', HOUR],
    ['बातचीत नहीं मिली', CONV_NOT_FOUND], ['बातचीत', CONV], ['नहीं मिली', NOT_FOUND], ['नहीं मिला', NOT_FOUND],
    ['असामान्य गतिविधि', UNUSUAL], ['संदेश स्ट्रीम', STREAM], ['बाद में पुनः प्रयास करें', TRY_LATER], ['बाद में फिर से प्रयास करें', TRY_LATER], ['पहुंच अस्वीकृत', DENIED],
  ],
  id: [
    ['terjadi kesalahan', OCCURRED], ['ada yang salah', WENT_WRONG], ['terjadi masalah', WENT_WRONG], ['kesalahan jaringan', NET_ERROR], ['jaringan', NETWORK], ['kesalahan', ERROR],
    ['terlalu banyak permintaan', TOO_MANY], ['dalam 1 jam', IN_1_HOUR], ['jam', HOUR],
    ['percakapan tidak ditemukan', CONV_NOT_FOUND], ['percakapan', CONV], ['tidak ditemukan', NOT_FOUND],
    ['aktivitas tidak biasa', UNUSUAL], ['aktivitas yang tidak biasa', UNUSUAL], ['aktivitas mencurigakan', UNUSUAL], ['aliran pesan', STREAM],
    ['coba lagi nanti', TRY_LATER], ['silakan coba lagi nanti', TRY_LATER], ['akses ditolak', DENIED], ['perangkat', 'device'],
  ],
};

/** Lower case, compatibility forms unified, accents and other combining marks dropped. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/[’‘]/g, "'");
}

/** Scripts written without spaces between words: matched as substrings. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Devanagari}]/u;

interface Entry { language: LanguageCode; foreign: string; english: string; whole: boolean }

const ENTRIES: readonly Entry[] = (Object.entries(LANGUAGE_TERMS) as Array<[LanguageCode, ReadonlyArray<readonly [string, string]>]>)
  .flatMap(([language, pairs]) => pairs.map(([foreign, english]) => ({ language, foreign: fold(foreign), english, whole: !UNSPACED.test(foreign) })))
  // Longest first, so "ошибка сети" wins over "ошибка".
  .sort((a, b) => b.foreign.length - a.foreign.length);

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

export interface Translation {
  /** The text with foreign wordings in English; unchanged when none was found. */
  text: string;
  /** The language most of the wordings came from; absent when none was found. */
  language?: LanguageCode;
  /** Its name in English ("German"). */
  name?: string;
}

/**
 * Replaces the foreign wordings it knows with English. When it finds any, the
 * foreign words it does not know are dropped (they would only veto results),
 * except numbers and words for which `keep` returns true (the site's own
 * English vocabulary, say).
 *
 * @example translate('Zu viele Anfragen in 1 Stunde. Versuche es später noch einmal.').text
 * // → 'too many requests in 1 hour try again later'
 */
export function translate(text: string, keep: (word: string) => boolean = () => false): Translation {
  const folded = fold(text);
  const taken: Array<{ start: number; end: number; english: string; language: LanguageCode }> = [];
  const free = (start: number, end: number) => taken.every((t) => end <= t.start || start >= t.end);
  for (const entry of ENTRIES) {
    let from = 0;
    for (;;) {
      const start = folded.indexOf(entry.foreign, from);
      if (start < 0) break;
      const end = start + entry.foreign.length;
      from = start + 1;
      if (entry.whole && (isWordChar(folded[start - 1]) || isWordChar(folded[end]))) continue;
      if (free(start, end)) taken.push({ start, end, english: entry.english, language: entry.language });
    }
  }
  if (taken.length === 0) return { text };

  taken.sort((a, b) => a.start - b.start);
  const out: string[] = [];
  let at = 0;
  const keepFrom = (segment: string) => {
    // Only runs of plain Latin letters and digits can be English (or a number).
    for (const word of segment.match(/(?<![\p{L}\p{N}])[a-z0-9_]+(?![\p{Script=Latin}\p{Script=Cyrillic}\p{N}])/gu) ?? []) {
      if (/^\d+$/.test(word) || keep(word)) out.push(word);
    }
  };
  for (const t of taken) {
    keepFrom(folded.slice(at, t.start));
    out.push(t.english);
    at = t.end;
  }
  keepFrom(folded.slice(at));

  const votes = new Map<LanguageCode, number>();
  for (const t of taken) votes.set(t.language, (votes.get(t.language) ?? 0) + (t.end - t.start));
  const language = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  return { text: out.join(' '), language, name: LANGUAGE_NAME[language] };
}
