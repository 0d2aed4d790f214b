/**
 * What a content stream (a page's, or a form's) asks a reader to do, counted from its tokens as they
 * are inflated (§8–9: operands, then an operator): operators, text runs and the bytes they show, how
 * deep graphics states are saved (q … Q), and which forms it draws (`/Name Do`) how often and at what
 * depth. Strings, comments and inline images are skipped by their own syntax, so bytes inside them
 * are never taken for operators. Fed chunk by chunk: nothing is held but the token being read.
 */

export interface Draw {
  times: number;
  /** The deepest graphics-state depth at which it is drawn. */
  depth: number;
}

export interface ContentCost {
  /** The stream's bytes (inflated): what a reader parses each time it draws it. */
  bytes: number;
  operators: number;
  textRuns: number;
  glyphBytes: number;
  /** The deepest q … Q nesting. */
  maxDepth: number;
  /** Forms (and images) drawn, by resource name. */
  draws: Map<string, Draw>;
}

enum Mode {
  Normal,
  Literal,
  Hex,
  Comment,
  /** After `ID`: binary data until whitespace, `EI`, whitespace. */
  Inline,
}

const TEXT_SHOWING = new Set(['Tj', 'TJ', "'", '"']);
const OPERANDS = new Set(['true', 'false', 'null']);

/** Longest token kept: operators are at most 3 characters, resource names rarely over 30. */
const MAX_TOKEN = 64;

export class ContentCounter {
  private mode = Mode.Normal;
  /**
   * The token being read: its first MAX_TOKEN bytes (no string is built: most tokens are numbers, and a
   * name or an operator is decoded only when it ends), its length in bytes so far (0: no token), and
   * whether it ran past MAX_TOKEN.
   */
  private readonly token = new Uint8Array(MAX_TOKEN);
  private tokenLength = 0;
  private tokenLong = false;
  /** Literal string: open parentheses, and a backslash waiting for its escaped character. */
  private parens = 0;
  private escaped = false;
  private stringBytes = 0;
  private hexDigits = 0;
  /** A `<` whose next character (another `<`, or a hex digit) has not been seen yet. */
  private lessThan = false;
  /** Inline image: how much of "whitespace E I" has been matched. */
  private inlineMatch = 0;
  private lastName: string | undefined;
  private depth = 0;
  readonly cost: ContentCost = { bytes: 0, operators: 0, textRuns: 0, glyphBytes: 0, maxDepth: 0, draws: new Map() };

  feed(chunk: Uint8Array): void {
    this.cost.bytes += chunk.length;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i] as number;
      // Runs of whitespace between tokens, the bulk of a padded (or bombed) stream, skipped in one loop.
      if (this.mode === Mode.Normal && SPACE[c] === 1 && this.tokenLength === 0 && !this.lessThan) {
        while (i + 1 < chunk.length && SPACE[chunk[i + 1] as number] === 1) i++;
        continue;
      }
      switch (this.mode) {
        case Mode.Literal:
          if (this.escaped) this.escaped = false;
          else if (c === 0x5c) {
            this.escaped = true;
            this.stringBytes++;
          } else if (c === 0x28) {
            this.parens++;
            this.stringBytes++;
          } else if (c === 0x29) {
            if (--this.parens === 0) this.mode = Mode.Normal;
            else this.stringBytes++;
          } else this.stringBytes++;
          continue;
        case Mode.Hex:
          if (c === 0x3e) {
            this.stringBytes += Math.ceil(this.hexDigits / 2);
            this.hexDigits = 0;
            this.mode = Mode.Normal;
          } else if (!isSpace(c)) this.hexDigits++;
          continue;
        case Mode.Comment:
          if (c === 10 || c === 13) this.mode = Mode.Normal;
          continue;
        case Mode.Inline:
          this.inline(c);
          continue;
        default:
          this.normal(c);
      }
    }
  }

  /** Ends the stream: a token at its very end is an operator too. */
  finish(): ContentCost {
    this.endToken();
    return this.cost;
  }

  private normal(c: number): void {
    if (this.lessThan) {
      this.lessThan = false;
      if (c !== 0x3c) {
        // `<` then a hex digit (or `>`): a hex string.
        this.mode = Mode.Hex;
        this.hexDigits = 0;
        if (c === 0x3e) this.mode = Mode.Normal;
        else if (!isSpace(c)) this.hexDigits = 1;
        return;
      }
      return; // `<<`: a dictionary's start, a delimiter.
    }
    if (isSpace(c)) {
      this.endToken();
      return;
    }
    switch (c) {
      case 0x28: // (
        this.endToken();
        this.mode = Mode.Literal;
        this.parens = 1;
        return;
      case 0x3c: // <
        this.endToken();
        this.lessThan = true;
        return;
      case 0x25: // %
        this.endToken();
        this.mode = Mode.Comment;
        return;
      case 0x2f: // /
        this.endToken();
        this.token[0] = 0x2f;
        this.tokenLength = 1;
        return;
      case 0x5b: // [
      case 0x5d: // ]
      case 0x3e: // >
      case 0x7b:
      case 0x7d:
      case 0x29:
        this.endToken();
        return;
    }
    if (this.tokenLength < MAX_TOKEN) this.token[this.tokenLength++] = c;
    else this.tokenLong = true;
  }

  private endToken(): void {
    const length = this.tokenLength;
    if (length === 0) return;
    this.tokenLength = 0;
    const long = this.tokenLong;
    this.tokenLong = false;
    const token = this.token;
    const first = token[0] as number;
    if (first === 0x2f) {
      this.lastName = long ? undefined : latin1(token, 1, length);
      return;
    }
    // Numbers: digits, signs and points (a malformed one is an operand to pdf.js too).
    if ((first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d || first === 0x2e) return;
    if (long) {
      this.operator('');
      return;
    }
    // Operators are one to three letters: decoded without a string for the common ones.
    const op = length <= 3 ? shortToken(token, length) : latin1(token, 0, length);
    if (OPERANDS.has(op)) return;
    this.operator(op);
  }

  private operator(op: string): void {
    const cost = this.cost;
    cost.operators++;
    if (op === 'q') {
      if (++this.depth > cost.maxDepth) cost.maxDepth = this.depth;
    } else if (op === 'Q') {
      if (this.depth > 0) this.depth--;
    } else if (TEXT_SHOWING.has(op)) {
      cost.textRuns++;
      cost.glyphBytes += this.stringBytes;
    } else if (op === 'Do' && this.lastName !== undefined) {
      const draw = cost.draws.get(this.lastName);
      if (draw) {
        draw.times++;
        if (this.depth > draw.depth) draw.depth = this.depth;
      } else cost.draws.set(this.lastName, { times: 1, depth: this.depth });
    } else if (op === 'ID') {
      this.mode = Mode.Inline;
      this.inlineMatch = 0;
    }
    this.stringBytes = 0;
  }

  /** Inline image data ends at whitespace, `EI`, then whitespace or a delimiter (pdf.js' rule too). */
  private inline(c: number): void {
    switch (this.inlineMatch) {
      case 0:
        if (isSpace(c)) this.inlineMatch = 1;
        return;
      case 1:
        this.inlineMatch = c === 0x45 ? 2 : isSpace(c) ? 1 : 0;
        return;
      case 2:
        this.inlineMatch = c === 0x49 ? 3 : isSpace(c) ? 1 : 0;
        return;
      default:
        if (isSpace(c) || c === 0x2f || c === 0x5b || c === 0x3c || c === 0x28 || c === 0x25) {
          this.mode = Mode.Normal;
          this.cost.operators++;
          this.normal(c);
        } else this.inlineMatch = 0;
    }
  }
}

/** The bytes as characters one to one (what `String.fromCharCode` of each byte, joined, gives). */
function latin1(bytes: Uint8Array, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) out += String.fromCharCode(bytes[i] as number);
  return out;
}

/**
 * Tokens of one to three bytes, decoded once each: a content stream repeats a few dozen operators. At
 * most SHORT_TOKENS_KEPT are kept (a hostile stream may hold millions of distinct ones).
 */
const SHORT_TOKENS = new Map<number, string>();
const SHORT_TOKENS_KEPT = 1024;

function shortToken(bytes: Uint8Array, length: number): string {
  let key = length;
  for (let i = 0; i < length; i++) key = key * 256 + (bytes[i] as number);
  let token = SHORT_TOKENS.get(key);
  if (token === undefined) {
    token = latin1(bytes, 0, length);
    if (SHORT_TOKENS.size < SHORT_TOKENS_KEPT) SHORT_TOKENS.set(key, token);
  }
  return token;
}

const SPACE = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) SPACE[c] = 1;

function isSpace(c: number): boolean {
  return SPACE[c] === 1;
}
