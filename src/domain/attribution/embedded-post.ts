const EMBED_LINK =
  /pic\.twitter\.com\/|(?:^|[\s(])t\.co\/|https?:\/\/(?:www\.)?(?:twitter|x)\.com\/\S+\/status\//iu;
/** The attribution line under an embedded post: "— Name (@handle) November 30, 2024". */
const EMBED_BYLINE = /^\s*[—–-]+\s.*\(@\w{1,30}\)/u;

const PLATFORMS =
  'Twitter|Telegram|Facebook|Instagram|TikTok|Truth Social|Threads|Bluesky|Mastodon|Weibo|VKontakte|VK|WhatsApp|YouTube|LinkedIn|Reddit|Substack|Gab|WeChat';
/**
 * What introduces a post's text, before a colon: a platform ("on Telegram", "on X" — capital
 * X only), a posting verb ("tweeted", "posted", "wrote"), "in a post / tweet / statement", or
 * a speech verb right before the colon ("the minister said:").
 */
const POST_INTRO: RegExp[] = [
  new RegExp(`\\b(?:on|to|via)\\s+(?:${PLATFORMS})\\b`, 'iu'),
  /\b(?:on|to|via)\s+X\b/u,
  /\b(?:tweeted|posted|retweeted|wrote)\b/iu,
  /\bin an? (?:\w+ )?(?:post|tweet|message|statement|video|thread|update)\b/iu,
  /\b(?:said|says|declared|stated|added|announced|warned|replied|read)\s*$/iu,
];

function introducesPost(clause: string): boolean {
  return POST_INTRO.some((cue) => cue.test(clause));
}

/** The clause before the colon at `colon`: back to the previous sentence end or `from`. */
function clauseBefore(text: string, from: number, colon: number): string {
  let start = colon;
  while (start > from && !/[.!?\n]/u.test(text.charAt(start - 1))) start--;
  return text.slice(start, colon);
}

/**
 * Whether `offset` follows, in its paragraph, a colon introduced as a post ("In a post on
 * Telegram, the commander wrote: …"), or its paragraph follows a paragraph ending in such a
 * colon ("The minister wrote on X:" and the post as the next paragraph), with or without
 * quotation marks around the post.
 */
export function followsPostIntro(text: string, paragraphStart: number, offset: number): boolean {
  for (let colon = text.indexOf(':', paragraphStart); colon !== -1 && colon < offset;) {
    const endsClause = !/\S/u.test(text.charAt(colon + 1)); // not the colon of "10:30"
    if (endsClause && introducesPost(clauseBefore(text, paragraphStart, colon))) return true;
    colon = text.indexOf(':', colon + 1);
  }
  if (paragraphStart > 0 && text.charAt(paragraphStart - 1) !== '\n') return false;
  let end = paragraphStart;
  while (end > 0 && /\s/u.test(text.charAt(end - 1))) end--;
  if (end === 0 || text.charAt(end - 1) !== ':') return false;
  const previousStart = text.lastIndexOf('\n', end - 1) + 1;
  return introducesPost(clauseBefore(text, previousStart, end - 1));
}

/**
 * Whether the paragraph is an embedded social-media post: it carries a post link
 * (pic.twitter.com, t.co, twitter.com/x.com status), is the "— Name (@handle)" line of one, or
 * is directly followed by such a line.
 */
export function isEmbeddedPost(
  text: string,
  paragraphStart: number,
  paragraphEnd: number,
  readNextLine = true,
): boolean {
  const paragraph = text.slice(paragraphStart, paragraphEnd);
  if (EMBED_LINK.test(paragraph) || EMBED_BYLINE.test(paragraph)) return true;
  if (!readNextLine) return false;
  let next = paragraphEnd;
  while (next < text.length && /\s/u.test(text.charAt(next))) next++;
  const lineEnd = text.indexOf('\n', next);
  const nextLine = text.slice(next, lineEnd === -1 ? text.length : lineEnd);
  return nextLine !== '' && EMBED_BYLINE.test(nextLine);
}
