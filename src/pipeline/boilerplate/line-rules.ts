// Whole lines that are page furniture rather than reporting: consent notices, share
// bars, comment forms, "READ MORE" teasers, source credits, repost footers. Each rule
// is anchored to the line and has no nested repetition, so it runs in linear time.

export interface LineRule {
  name: string;
  pattern: RegExp;
  /**
   * Text every match contains: lines without it skip the pattern. For patterns too costly to
   * try on every line; the others are tried together, as one alternation (see index.ts).
   */
  needs?: string;
}

const SHARE_WORD =
  '(?:Discuss|Share|Chat|Mail|E-?mail|Print|Copy [Ll]ink|Comments?|Tweet|Facebook|Twitter|X|WhatsApp|Telegram|LinkedIn|Reddit|Pinterest|Save)';

export const LINE_RULES: LineRule[] = [
  { name: 'consent notice', pattern: /^\s*We use your sign-up\b|\bYou can unsubscribe at any time\b/ },
  { name: 'read more teaser', pattern: /^\s*(?:READ MORE|Read more|Read More|READ NEXT|Read next|READ ALSO|Read also|ALSO READ|Also read|RELATED|Related|MORE|SEE ALSO|See also|Trending|TRENDING|WATCH|Watch)\s*:/ },
  { name: 'page chrome', pattern: /^\s*(?:Skip to (?:main )?content|SPONSORED CONTENT|Sponsored [Cc]ontent|Advertisement\s*[-–—]\s*Scroll to continue|Click here to follow our live updates.{0,80}|Our Standards: .{1,120}|Listen\s*[·•|-]\s*\d{1,2}:\d{2})\s*$/ },
  { name: 'cookie banner', pattern: /^\s*We value your privacy\b.{0,600}$|\bAccept [Aa]ll\s*[|·•]\s*Reject [Aa]ll\s*$/ },
  { name: "don't miss heading", pattern: /^\s*(?:DON['’]T MISS|Don['’]t [Mm]iss)\s*:?\s*$/ },
  { name: 'teaser with section tag', pattern: /\[(?:[A-Z]{3,}(?: [A-Z]{2,})?)\]\s*$/ },
  { name: 'shop link', pattern: /^\s*(?:Shop|Buy) (?:now )?on Amazon\s*$/ },
  { name: 'post navigation', pattern: /^\s*(?:Previous|Prev) (?:[Pp]ost|[Aa]rticle)\s*(?:Next (?:[Pp]ost|[Aa]rticle))?\s*$/ },
  { name: 'share bar', pattern: new RegExp(`^\\s*${SHARE_WORD}(?:\\s*[,|·•]?\\s*${SHARE_WORD})+\\s*$`) },
  { name: 'source credit', pattern: /^\s*(?:Sources?\s*:.{0,120}|Source link|Source: Read Full Article)\s*$/ },
  { name: 'comment form', pattern: /^\s*(?:Please enter your (?:comment|name|email|e-mail)\b.*|LEAVE A REPLY|Leave a [Rr]eply|Cancel reply|Save my name, email, and website.*)$/ },
  { name: 'repost footer', pattern: /^\s*The post .{1,300} appeared first on .{1,120}$/ },
  { name: 'site banner', pattern: /^\s*(?:www\.)?[A-Za-z0-9-]{2,40}(?:\.[A-Za-z]{2,12}){1,2}\s*$/ },
  { name: 'section label', pattern: /^\s*(?:Must Read|MUST READ|Trending|TRENDING|Advertisement|ADVERTISEMENT|Popular|Recommended)\s*$/ },
  { name: 'agency credit', pattern: /^\s*\((?:Reporting|Writing|Additional reporting|Editing|Compiled) by [^)]{1,300}\)\s*$/ },
  { name: 'newsletter prompt', pattern: /^\s*(?:Sign up (?:for|to) (?:our|the) .{1,80}newsletter.{0,80}|Subscribe (?:to|for) .{1,80}|Follow us on .{1,80})$/i },
  { name: 'copyright line', pattern: /^\s*(?:©|Copyright\b|\(c\) \d{4}).{0,160}$/ },
  // `.{0,160}` backtracks over every line it is tried on; only lines holding "ights" can match.
  { name: 'copyright line', pattern: /^.{0,160}All [Rr]ights [Rr]eserved\.?\s*$/, needs: 'ights' },
  { name: 'page timestamp', pattern: /^\s*(?:Published|Updated|Last updated|Posted|First published)(?: on| at)?\s*:?\s+.{0,40}\b\d{4}\b.{0,30}$/ },
  { name: 'tag list', pattern: /^\s*(?:Tags|TAGS|Topics|Related Topics)\s*:.{0,300}$/ },
  // A short label in Arabic script on an English page is a form or menu label ("نموذج الاتصال").
  { name: 'foreign-script label', pattern: /^[\s\u0600-\u06FF]{1,60}$/ },
];
