// word-extractor ships no types: the part chitieu uses.
declare module 'word-extractor' {
  interface WordDocument { getBody(): string }
  export default class WordExtractor { extract(source: string | Uint8Array): Promise<WordDocument> }
}
