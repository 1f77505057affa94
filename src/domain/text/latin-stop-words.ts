/**
 * The most frequent function words of common Latin-script languages, written from general
 * knowledge of each language for this detector (no word list was copied). Words shared by
 * several languages ("de", "la", "en") are listed in each: the detector needs a clear winner.
 */
const PROFILES: Record<string, string> = {
  en: 'the of and to a in is that for it on was with as he be by at from his are this have an not but they had has were which or we their been said will who would its after also more one about',
  fr: 'le la les l de des d du et un une est que qu qui dans pour pas sur au aux ce cette il elle ils sont avec par plus ont été mais ne se son sa ses leur nous vous ou en a y',
  de: 'der die das und ist nicht ein eine einen dem den des zu mit sich auf für von im auch es sie ich wird werden wurde hat haben sind nach bei aus noch nur oder aber wie am zum zur',
  es: 'el la los las de del y en que un una es por con para se no al lo como más pero sus su fue ha han ya este esta entre sobre también muy sin',
  it: 'il lo la gli le l di del della dell che e è un una per non con si da dei delle nel nella sono anche ma come più questo questa alla al ha stato essere',
  pt: 'o a os as de do da dos das e que em no na nos um uma para com não por se é mais foi são como ao pelo pela também seu sua ou',
  nl: 'de het een en van in is dat op te voor met zijn niet aan er die door ook als maar bij om naar was werd worden heeft hebben nog uit dan wel',
  tr: 've bir bu da de için ile olarak çok daha gibi ama en ne kadar sonra olan her şey değil var yok ki mi ancak göre ise olduğu tarafından',
  pl: 'i w z na się nie do że to jest o jak od po za przez dla co ale jego jej są był była było tak już oraz także który która które',
  sv: 'och i att det som en på är av för med till den har inte om ett de var men från han hon sig så kan vid också efter eller',
  id: 'yang dan di ke dari ini itu dengan untuk tidak dalam pada akan adalah juga oleh ada sudah karena bisa mereka kami kita atau telah saat',
};

export const LATIN_STOP_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(PROFILES).map(([language, words]) => [language, new Set(words.split(' '))]),
);
