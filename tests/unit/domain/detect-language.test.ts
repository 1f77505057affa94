import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/domain/text/detect-language';
import {
  canonicalLanguageTag,
  isLanguageTag,
  languageLabel,
} from '../../../src/domain/text/language-tag';

// One news-like sentence per language, written for this test.
const sentences: Record<string, string> = {
  en: 'The army said on Tuesday that its troops had withdrawn from the town, but residents told reporters that the shelling was still going on.',
  fr: "L'armée a déclaré mardi que ses troupes s'étaient retirées de la ville, mais les habitants ont dit aux journalistes que les bombardements continuaient.",
  de: 'Die Armee erklärte am Dienstag, dass sich ihre Truppen aus der Stadt zurückgezogen hätten, aber die Bewohner sagten, dass der Beschuss noch nicht aufgehört habe.',
  es: 'El ejército dijo el martes que sus tropas se habían retirado de la ciudad, pero los vecinos contaron a los periodistas que los bombardeos continuaban.',
  it: "L'esercito ha detto martedì che le sue truppe si sono ritirate dalla città, ma gli abitanti hanno raccontato ai giornalisti che i bombardamenti non sono finiti.",
  pt: 'O exército disse na terça-feira que as suas tropas se retiraram da cidade, mas os moradores contaram aos jornalistas que os bombardeios não pararam.',
  nl: 'Het leger zei dinsdag dat de troepen zich uit de stad hadden teruggetrokken, maar de bewoners vertelden aan journalisten dat de beschietingen nog niet waren gestopt.',
  tr: 'Ordu salı günü askerlerin şehirden çekildiğini açıkladı, ancak bölge sakinleri gazetecilere bombardımanın hâlâ devam ettiğini ve çok sayıda evin yıkıldığını söyledi.',
  pl: 'Armia poinformowała we wtorek, że jej żołnierze wycofali się z miasta, ale mieszkańcy powiedzieli dziennikarzom, że ostrzał nadal trwa i nie jest bezpiecznie.',
  sv: 'Armén sade på tisdagen att trupperna hade dragit sig tillbaka från staden, men invånarna berättade för journalister att beskjutningen inte har upphört.',
  id: 'Tentara mengatakan pada hari Selasa bahwa pasukannya sudah mundur dari kota itu, tetapi warga mengatakan kepada wartawan bahwa penembakan masih terjadi dan mereka tidak aman.',
  ar: 'قال الجيش يوم الثلاثاء إن قواته انسحبت من المدينة، لكن السكان أخبروا الصحفيين أن القصف ما زال مستمرا.',
  fa: 'ارتش روز سه‌شنبه اعلام کرد که نیروهایش از شهر عقب‌نشینی کرده‌اند، اما ساکنان به خبرنگاران گفتند که گلوله‌باران هنوز ادامه دارد.',
  ur: 'فوج نے منگل کو کہا کہ اس کے دستے شہر سے واپس چلے گئے ہیں، لیکن رہائشیوں نے صحافیوں کو بتایا کہ گولہ باری ابھی جاری ہے۔',
  he: 'הצבא אמר ביום שלישי שכוחותיו נסוגו מהעיר, אך התושבים סיפרו לעיתונאים שההפגזות עדיין נמשכות.',
  ru: 'Армия заявила во вторник, что её войска отошли от города, но жители рассказали журналистам, что обстрелы всё ещё продолжаются.',
  uk: 'Армія заявила у вівторок, що її війська відійшли від міста, але мешканці розповіли журналістам, що обстріли досі тривають.',
  el: 'Ο στρατός δήλωσε την Τρίτη ότι τα στρατεύματά του αποσύρθηκαν από την πόλη, αλλά οι κάτοικοι είπαν στους δημοσιογράφους ότι οι βομβαρδισμοί συνεχίζονται.',
  zh: '军方周二表示，部队已经从城市撤出，但是居民告诉记者，炮击仍在继续，很多房屋被毁。',
  ja: '軍は火曜日に部隊が町から撤退したと発表したが、住民は記者に対して砲撃がまだ続いていると話した。',
  ko: '군은 화요일 병력이 도시에서 철수했다고 밝혔지만 주민들은 기자들에게 포격이 여전히 계속되고 있다고 말했다.',
  hi: 'सेना ने मंगलवार को कहा कि उसकी टुकड़ियाँ शहर से हट गई हैं, लेकिन निवासियों ने पत्रकारों को बताया कि गोलाबारी अभी भी जारी है।',
};

describe('detectLanguage', () => {
  for (const [language, sentence] of Object.entries(sentences)) {
    it(`tells ${language} from one sentence`, () => {
      expect(detectLanguage(sentence)).toBe(language);
    });
  }

  it('keeps Arabic when an Arabic article quotes a few Latin names', () => {
    // 82 Arabic letters and the 7 of "Reuters": 82 / 89 = 92% Arabic, over the 70% needed.
    expect(detectLanguage(`${sentences.ar} (Reuters)`)).toBe('ar');
  });

  it('says "und" for text too short to tell', () => {
    expect(detectLanguage('Aleppo')).toBe('und');
    expect(detectLanguage('حلب')).toBe('und');
    expect(detectLanguage('')).toBe('und');
    // 13 + 17 = 30 letters (enough), but only 2 words: fewer than the 5 needed to weigh.
    expect(detectLanguage('Unprecedented counteroffensives')).toBe('und');
  });

  it('says "und" for text mixing two scripts with neither over 70% of the letters', () => {
    // 111 English letters and 2 × 82 Arabic ones: Arabic is 164 / 275 = 60%.
    expect(detectLanguage(`${sentences.en} ${sentences.ar} ${sentences.ar}`)).toBe('und');
  });

  it('says "und" for text mixing two Latin-script languages alike', () => {
    expect(detectLanguage(`${sentences.fr} ${sentences.es}`)).toBe('und');
  });

  it('says "und" for Latin text in a language it has no profile for', () => {
    // Finnish: none of its words are in the profiles.
    const finnish =
      'Armeija kertoi tiistaina, että joukot vetäytyivät kaupungista, mutta asukkaat kertoivat toimittajille, että tulitus jatkuu yhä.';
    expect(detectLanguage(finnish)).toBe('und');
  });
});

describe('language tags', () => {
  it('accepts the BCP 47 shapes articles use', () => {
    for (const tag of ['en', 'ar', 'und', 'pt-BR', 'zh-Hant-TW', 'es-419', 'sr-Latn', 'en-x-news'])
      expect(isLanguageTag(tag), tag).toBe(true);
  });

  it('refuses names, codes with spaces, private-use-only tags and empty text', () => {
    for (const tag of ['English', 'e', 'en_US', 'en US', 'x-mine', '', 'ar-', '12'])
      expect(isLanguageTag(tag), tag).toBe(false);
  });

  it('writes a tag in its usual case', () => {
    expect(canonicalLanguageTag(' PT-br ')).toBe('pt-BR');
    expect(canonicalLanguageTag('English')).toBeNull();
  });

  it('names a language in English with its tag', () => {
    expect(languageLabel('ar')).toBe('Arabic (ar)');
    expect(languageLabel('und')).toBe('Not known (und)');
    expect(languageLabel('')).toBe('');
  });
});
